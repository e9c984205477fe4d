import type en from "../../messages/catalog/en.json";

// The English file is the reference key set (messages.test.ts checks ru and kk match it), so a
// key typed in the catalog that has no text fails to compile instead of showing a raw key.
type Leaves<T, P extends string> = T extends string
  ? P
  : { [K in keyof T & string]: Leaves<T[K], P extends "" ? K : `${P}.${K}`> }[keyof T & string];

/** A key in the "catalog" next-intl namespace, e.g. "documents.PASSPORT_COPY". */
export type CatalogKey = Leaves<typeof en, "">;
