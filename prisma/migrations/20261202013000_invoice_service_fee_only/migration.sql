-- Data only, no schema change (issue 15, decision 007 reading 6.P1): the Expat Centre invoices its
-- service fee; the state duty is paid by the applicant to the state budget and proven by a
-- receipt among the documents. Invoices issued earlier totalled fee + duty.
--
-- Not yet paid (awaiting payment, receipt awaiting confirmation, receipt rejected): the amount
-- owed to the centre is corrected to the service fee. The duty columns stay, shown apart as
-- "payable to the state". An applicant who already uploaded a receipt for the old total is
-- re-checked by staff against the new total when they confirm the payment.
-- Paid: left as paid (the money was received); the invoice page and the payment report say so.
UPDATE "Invoice"
SET "totalTiyn" = "serviceFeeTiyn", "version" = "version" + 1
WHERE "status" <> 'PAID' AND "totalTiyn" <> "serviceFeeTiyn";

-- The tariff snapshots keep their old "totalTiyn" key; the portal never reads it (the centre's
-- part is "serviceFeeTiyn", the state's is "stateDuty"), so the frozen record is left untouched.
