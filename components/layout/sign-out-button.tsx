import { signOutAction } from "@/lib/auth/actions";

export function SignOutButton({ label }: { label: string }) {
  return (
    <form action={signOutAction}>
      <button type="submit" className="rounded border border-white/40 px-3 py-1 text-sm font-medium hover:bg-white/10">
        {label}
      </button>
    </form>
  );
}
