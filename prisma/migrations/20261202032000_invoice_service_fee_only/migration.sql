-- No Prisma schema change, data and a custom CHECK (issue 15, decision 007 reading 6.P1): the Expat Centre invoices its
-- service fee; the state duty is paid by the applicant to the state budget and proven by a
-- receipt among the documents. Invoices issued earlier totalled fee + duty.
--
-- Not yet paid (awaiting payment, receipt awaiting confirmation, receipt rejected): the amount
-- owed to the centre is corrected to the service fee. The duty columns stay, shown apart as
-- "payable to the state". An applicant who already uploaded a receipt for the old total is
-- re-checked by staff against the new total when they confirm the payment.
-- Paid: left as paid (the money was received); the invoice page and the payment report say so.
ALTER TABLE "Invoice" DROP CONSTRAINT "custom_invoice_amounts";

UPDATE "Invoice"
SET "totalTiyn" = "serviceFeeTiyn", "version" = "version" + 1
WHERE "status" <> 'PAID' AND "totalTiyn" <> "serviceFeeTiyn";

-- The invoice total is the service fee; only an invoice paid before this change may still
-- include the duty it was issued with.
ALTER TABLE "Invoice" ADD CONSTRAINT "custom_invoice_amounts" CHECK (
  "serviceFeeTiyn" >= 0 AND "stateDutyTiyn" >= 0
  AND ("totalTiyn" = "serviceFeeTiyn" OR ("status" = 'PAID' AND "totalTiyn" = "serviceFeeTiyn" + "stateDutyTiyn"))
);

-- The tariff snapshots keep their old "totalTiyn" key; the portal never reads it (the centre's
-- part is "serviceFeeTiyn", the state's is "stateDuty"), so the frozen record is left untouched.
