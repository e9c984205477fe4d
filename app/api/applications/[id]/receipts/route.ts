import { findReceiptTarget, recordPaymentReceipt } from "@/lib/payments/data/invoices";
import { handleUpload } from "@/lib/uploads/upload-route";

export const dynamic = "force-dynamic";

/** Uploads a payment receipt for the application's invoice (same streaming and sniffing as documents). */
export async function POST(request: Request, { params }: RouteContext<"/api/applications/[id]/receipts">) {
  const { id } = await params;
  return handleUpload(request, {
    authorize: (user) => findReceiptTarget(user, id),
    scope: (user, target) => ({ companyId: user.companyId!, applicationId: target.applicationId, invoiceId: target.id }),
    record: (user, target, stored, name) => recordPaymentReceipt(user, target.id, stored, name),
  });
}
