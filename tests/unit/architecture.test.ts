import { describe, expect, it } from "vitest";
import { layerOf, sliceOf, type Layer } from "../support/architecture-map";
import { importEdges, sourceFiles, type ImportEdge } from "../support/import-graph";
import { SLICE_SURFACE } from "../support/slice-surface";

// The layering of docs/architecture.md, checked on every import of lib/, components/ and app/:
// app → feature slices → shared domain → kernel, never back up; a slice reaches another slice only
// through the modules listed as its public surface. Colocated tests compose freely and are skipped.

/** Kernel files that import above the kernel, each with its reason (none today: keep it that way). */
const KERNEL_EXCEPTIONS: Record<string, string> = {};

const MAY_IMPORT: Record<Layer, Layer[]> = {
  kernel: ["kernel"],
  shared: ["kernel", "shared"],
  ui: ["kernel", "ui"],
  slice: ["kernel", "shared", "ui", "slice"],
  app: ["kernel", "shared", "ui", "slice", "app"],
  other: ["kernel", "shared", "ui", "slice", "app", "other"],
};

const edges = importEdges(sourceFiles()).filter((e) => !/\.test\.tsx?$/.test(e.from) && !e.to.startsWith("lib/db/generated/"));
const show = (list: ImportEdge[]) => list.map((e) => `${e.from} → ${e.specifier}`);

describe("architecture", () => {
  it("reads a graph of the whole tree", () => {
    expect(edges.length).toBeGreaterThan(1000);
  });

  it("imports only go down: kernel ← shared domain and UI primitives ← slices ← app", () => {
    const upward = edges.filter((e) => !MAY_IMPORT[layerOf(e.from)].includes(layerOf(e.to)) && !KERNEL_EXCEPTIONS[e.from]);
    expect(show(upward)).toEqual([]);
  });

  it("nothing in lib/ or components/ imports from app/ (server actions live in their slice)", () => {
    expect(show(edges.filter((e) => !e.from.startsWith("app/") && e.to.startsWith("app/")))).toEqual([]);
  });

  it("a slice imports another slice only through that slice's public surface", () => {
    const reaches = edges.filter((e) => {
      if (layerOf(e.from) !== "slice" || layerOf(e.to) !== "slice") return false;
      const target = sliceOf(e.to)!;
      return sliceOf(e.from) !== target && !(SLICE_SURFACE[target] ?? []).includes(e.to.replace(/\.tsx?$/, ""));
    });
    expect(show(reaches)).toEqual([]);
  });

  it("the kernel's exceptions are still needed (a stale one would hide a new violation)", () => {
    for (const file of Object.keys(KERNEL_EXCEPTIONS)) {
      expect(
        edges.some((e) => e.from === file && layerOf(e.to) !== "kernel"),
        file,
      ).toBe(true);
    }
  });
});
