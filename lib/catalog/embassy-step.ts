import type { EmbassyStep } from "./types";

// Step 2 of the four invitation services, identical in the guide each time (L93-101, 198-206,
// 332-340, 383-391): the foreigner presents the approved invitation at a Kazakhstan embassy or
// on arrival at Astana or Almaty airport. Consular fees are the embassy's and are not quoted.
export const EMBASSY_STEP = {
  titleKey: "embassyStep.title",
  documents: [
    { code: "APPROVED_INVITATION", requirements: [] },
    { code: "VISA_APPLICATION_FORM", requirements: [] },
    { code: "PHOTO", requirements: ["PHOTO_COLOUR_WHITE_35X45"] },
    { code: "PASSPORT_ORIGINAL", requirements: [] },
  ],
  infoKeys: ["embassyStep.consularFees", "embassyStep.anyEmbassy"],
  source: "L91-101",
} as const satisfies EmbassyStep;
