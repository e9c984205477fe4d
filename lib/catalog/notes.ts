import type { CatalogKey } from "./message-keys";

// Ids of services.md section 6 ("Inconsistencies, typos and ambiguities in the source") that
// change what the portal shows or computes. Purely typographic ones (T8-T11, S1-S10, S13-S15)
// are fixed in our wording and need no note. Texts: catalog.notes.<id without "6.">; each
// states what the guide says and the reading the portal applies, so nothing is fixed silently.
export const NOTE_IDS = [
  "6.T1",
  "6.T2",
  "6.T3",
  "6.T4",
  "6.T5",
  "6.T6",
  "6.T7",
  "6.T12",
  "6.T13",
  "6.T14",
  "6.S11",
  "6.S12",
  "6.R1",
  "6.R2",
  "6.R3",
  "6.R6",
  "6.C1",
  "6.C2",
  "6.C3",
  "6.C4",
  "6.C5",
  "6.C6",
  "6.C7",
  "6.C8",
  "6.C9",
  "6.C10",
  "6.C11",
  "6.C12",
  "6.C13",
  "6.C14",
  "6.C15",
  "6.C16",
  "6.C17",
  "6.C18",
  "6.C19",
  "6.C20",
  "6.C21",
  "6.C22",
  "6.C23",
  "6.C24",
  "6.C25",
  "6.C26",
  "6.C28",
  "6.C29",
  "6.C30",
  // Readings of the line-by-line audit against the guide (issue 15, decision 007): state duty
  // paid to the state (P1), relocating families (P2), any person of the register (P3),
  // originals handed in from single lists (P4), extension window at hand-in (P5), passport
  // validity vs the validity band (P6), TRP country groups (P7), a Kazakhstan company's tax
  // residency certificate (P8).
  "6.P1",
  "6.P2",
  "6.P3",
  "6.P4",
  "6.P5",
  "6.P6",
  "6.P7",
  "6.P8",
] as const;
export type NoteId = (typeof NOTE_IDS)[number];

export interface NoteRef {
  id: NoteId;
  messageKey: CatalogKey;
}

type Short<I extends NoteId> = I extends `6.${infer S}` ? S : never;
// Compile-time proof that every note id has a text, which makes the cast in note() safe.
const everyNoteHasText: `notes.${Short<NoteId>}` extends CatalogKey ? true : never = true;
void everyNoteHasText;

/** The note with its default text, catalog.notes.<T1|C5|...>. */
export function note<I extends NoteId>(id: I): NoteRef {
  const messageKey = `notes.${id.slice(2)}` as CatalogKey;
  return { id, messageKey };
}
