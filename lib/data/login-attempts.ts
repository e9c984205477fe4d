import { subMinutes } from "date-fns";
import { prisma } from "@/lib/db/client";

// Per account and per address, counted in the database so that every web instance agrees.
export const THROTTLE_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_IP = 30;

function keysFor(email: string, ip: string | null): string[] {
  return [`email:${email}`, ...(ip ? [`ip:${ip}`] : [])];
}

export async function isSignInThrottled(email: string, ip: string | null, now = new Date()): Promise<boolean> {
  const since = subMinutes(now, THROTTLE_WINDOW_MINUTES);
  const [byEmail, byIp] = await Promise.all([
    prisma.loginAttempt.count({ where: { key: `email:${email}`, createdAt: { gte: since } } }),
    ip ? prisma.loginAttempt.count({ where: { key: `ip:${ip}`, createdAt: { gte: since } } }) : Promise.resolve(0),
  ]);
  return byEmail >= MAX_FAILURES_PER_ACCOUNT || byIp >= MAX_FAILURES_PER_IP;
}

export async function recordFailedSignIn(email: string, ip: string | null): Promise<void> {
  await prisma.loginAttempt.createMany({ data: keysFor(email, ip).map((key) => ({ key })) });
}

export async function clearFailedSignIns(email: string): Promise<void> {
  await prisma.loginAttempt.deleteMany({ where: { key: `email:${email}` } });
}

// Registrations cost an argon2 hash each and create accounts: a few per address per hour is plenty.
export const MAX_REGISTRATIONS_PER_IP_PER_HOUR = 10;

export async function isRegistrationThrottled(ip: string | null, now = new Date()): Promise<boolean> {
  if (!ip) return false;
  const since = subMinutes(now, 60);
  return (await prisma.loginAttempt.count({ where: { key: `register:${ip}`, createdAt: { gte: since } } })) >= MAX_REGISTRATIONS_PER_IP_PER_HOUR;
}

export async function recordRegistrationAttempt(ip: string | null): Promise<void> {
  if (ip) await prisma.loginAttempt.create({ data: { key: `register:${ip}` } });
}
