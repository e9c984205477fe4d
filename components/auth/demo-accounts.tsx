import { DEMO_ACCOUNTS } from "@/lib/db/demo-accounts";
import { isDemoAllowed } from "@/lib/env";

/** The demo accounts and their public passwords: development, or a production build with DEMO_MODE=1. */
export function DemoAccounts({ title }: { title: string }) {
  if (process.env.SHOW_DEMO_ACCOUNTS !== "1" || !isDemoAllowed()) return null;
  return (
    <aside aria-labelledby="demo-accounts" className="h-fit rounded border border-slate-300 bg-white p-4 text-sm">
      <h2 id="demo-accounts" className="mb-2 font-semibold">
        {title}
      </h2>
      <dl className="space-y-2">
        {DEMO_ACCOUNTS.map((account) => (
          <div key={account.email}>
            <dt className="font-medium">{account.role}</dt>
            <dd className="font-mono text-xs break-all">
              {account.email}
              <br />
              {account.password}
            </dd>
          </div>
        ))}
      </dl>
    </aside>
  );
}
