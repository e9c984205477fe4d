import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Cell, RowHeader, Table } from "@/components/ui/table";

// The table primitive carries the accessible shape every data table must have; a page that uses it
// cannot forget the caption, the header scopes or the row header.

const row = h("tr", null, [
  h(RowHeader, { key: "date", id: "row-1", children: "1 January 2027" }),
  h(Cell, { key: "amount", align: "end", title: "amount" }, "5"),
  h(Cell, { key: "actions" }, "x"),
]);
const total = h("tr", null, [h(RowHeader, { key: "label", children: "Total" }), h(Cell, { key: "sum", align: "end" }, "10")]);

const render = (footer?: boolean) =>
  renderToStaticMarkup(
    h(Table, {
      caption: "Holidays in 2027",
      columns: [{ label: "Date" }, { label: "Amount", align: "end" }, { label: "Actions", labelHidden: true }],
      footer: footer ? total : undefined,
      children: row,
    }),
  );

describe("Table", () => {
  it("has a caption for screen readers, hidden by default", () => {
    expect(render()).toMatch(/<caption id="[^"]+" class="sr-only">Holidays in 2027<\/caption>/);
  });

  it("gives every column header scope=col, a hidden label only to screen readers, and aligns amounts right", () => {
    const html = render();
    expect(html.match(/<th scope="col"/g)).toHaveLength(3);
    expect(html).toContain('<span class="sr-only">Actions</span>');
    expect(html).toMatch(/<th scope="col" class="[^"]*text-right tabular-nums">Amount<\/th>/);
  });

  it("makes the naming cell a row header and passes attributes through to cells", () => {
    const html = render();
    expect(html).toMatch(/<th scope="row" id="row-1" class="[^"]*">1 January 2027<\/th>/);
    expect(html).toMatch(/<td title="amount" class="[^"]*text-right[^"]*">5<\/td>/);
  });

  it("scrolls inside its own box and puts totals in a tfoot only when given", () => {
    expect(render()).toMatch(/^<div class="relative overflow-x-auto"[^>]*><table/);
    expect(render()).not.toContain("<tfoot>");
    expect(render(true)).toContain('<tfoot><tr><th scope="row"');
  });

  it("makes its scroll box reachable by keyboard: a tab stop, a region named by the caption", () => {
    const html = render();
    const box = html.match(/^<div ([^>]*)>/)![1];
    expect(box).toContain('tabindex="0"');
    expect(box).toContain('role="region"');
    const labelledBy = box.match(/aria-labelledby="([^"]+)"/)?.[1];
    expect(labelledBy).toBeTruthy();
    expect(html).toContain(`<caption id="${labelledBy}"`);
  });

  it("gives each table on a page its own caption id, so every region has its own name", () => {
    const page = renderToStaticMarkup(
      h("div", null, [
        h(Table, { key: 1, caption: "One", columns: [], children: null }),
        h(Table, { key: 2, caption: "Two", columns: [], children: null }),
      ]),
    );
    const ids = [...page.matchAll(/aria-labelledby="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toHaveLength(2);
    expect(new Set(ids).size).toBe(2);
  });
});
