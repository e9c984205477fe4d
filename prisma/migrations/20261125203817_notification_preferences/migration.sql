-- AlterTable
ALTER TABLE "User" ADD COLUMN     "emailOptOuts" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateTable
CREATE TABLE "VisaReminderSent" (
    "personId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "expiresOn" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VisaReminderSent_pkey" PRIMARY KEY ("personId","kind","expiresOn")
);

-- AddForeignKey
ALTER TABLE "VisaReminderSent" ADD CONSTRAINT "VisaReminderSent_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;
