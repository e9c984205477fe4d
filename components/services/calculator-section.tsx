import type { ReactNode } from "react";
import type { AnyServiceDefinition, CalendarEntry, IsoDate } from "@/lib/catalog";
import type { MrpRate } from "@/lib/rules/quote";
import { checklistEntryKey, checklistVariants } from "@/lib/services/checklist-variants";
import { DocumentDescription } from "@/components/applications/document-checklist";
import { ClientMessagesProvider } from "@/components/layout/client-messages-provider";
import { CALCULATOR_CLIENT_MESSAGES } from "@/lib/i18n/client-messages";
import { calculatorModel } from "@/lib/services/calculator-model";
import { FeeCalculator } from "./fee-calculator";

type Props = { service: AnyServiceDefinition; today: IsoDate; mrpRates: MrpRate[]; calendar: CalendarEntry[] };

/**
 * Renders, on the server, each form a checklist entry of this service can take (document
 * descriptions are server components) and hands them to the calculator, which shows the ones
 * that apply to the visitor's answers. The calculator gets the service as plain data
 * (calculatorModel): the question schemas are read here, on the server.
 */
export function CalculatorSection({ service, today, mrpRates, calendar }: Props) {
  const descriptions: Record<string, ReactNode> = {};
  for (const entry of checklistVariants(service)) descriptions[checklistEntryKey(entry)] = <DocumentDescription entry={entry} />;
  return (
    <ClientMessagesProvider paths={CALCULATOR_CLIENT_MESSAGES}>
      <FeeCalculator model={calculatorModel(service)} today={today} mrpRates={mrpRates} calendar={calendar} descriptions={descriptions} />
    </ClientMessagesProvider>
  );
}
