import { canUploadToVault, recordVaultVersion } from "@/lib/payments/data/company-vault";
import { handleUpload } from "@/lib/uploads/upload-route";

export const dynamic = "force-dynamic";

/** A new version of a company document in the vault; `?validUntil=YYYY-MM-DD` optionally dates it. */
export async function POST(request: Request, { params }: RouteContext<"/api/vault/[code]/[language]">) {
  const { code, language } = await params;
  const input = { code, language, validUntil: new URL(request.url).searchParams.get("validUntil") || null };
  return handleUpload(request, {
    authorize: (user) => (canUploadToVault(user, input) ? input : null),
    scope: (user, target) => ({
      companyId: user.companyId!,
      vault: { code: target.code, language: target.language as "ANY" | "KK" | "RU" },
    }),
    record: (user, target, stored, name) => recordVaultVersion(user, target, stored, name),
  });
}
