import { prisma } from "@/lib/db/client";
import { createMailer } from "@/lib/notify/mailer";
import { enqueueNotification } from "@/lib/outbox/enqueue";

export const FROM = '"AIFC Expat Centre" <no-reply@aifc.kz>';
export const mailerFor = (port: number) => createMailer({ smtpUrl: `smtp://127.0.0.1:${port}`, from: FROM, mailDir: "/nonexistent" });

/** A mandatory e-mail (the submission receipt) for `userId`, written the way the workflow writes it. */
export async function enqueueReceipt(userId: string, number: string): Promise<string> {
  const result = await prisma.$transaction((tx) =>
    enqueueNotification(tx, {
      kind: "APPLICATION_SUBMITTED",
      recipientUserId: userId,
      payload: {
        applicationId: `app-${number}`,
        applicationNumber: number,
        serviceCode: "WORK_VISA",
        serviceFeeTiyn: 47_000_000,
        stateDutyTiyn: 1_297_500,
        stateDutyMrp: 3,
        totalTiyn: 47_000_000,
      },
    }),
  );
  if (!result?.outboxId) throw new Error("no e-mail was queued");
  return result.outboxId;
}
