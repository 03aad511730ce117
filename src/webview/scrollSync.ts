/** An element of the preview made from a source line, and where it starts on the page (pixels from the top). */
export interface LineBlock {
  line: number;
  top: number;
}

/**
 * The block that shows a source line: the one made from the closest line at or before it (the first on the page
 * when several share that line). Undefined when the line comes before every block.
 */
export function blockForLine(blocks: readonly LineBlock[], line: number): number | undefined {
  let best: number | undefined;
  blocks.forEach((block, i) => {
    if (block.line <= line && (best === undefined || block.line > blocks[best].line)) best = i;
  });
  return best;
}

/**
 * Where to scroll the page so that an editor line is at its top: at the block showing the line, moved on in
 * proportion towards the block of the next line written in the source when that block follows it on the page.
 * The programme reorders sessions by time and lists topics at the end, so neighbours in the source are not always
 * neighbours on the page; then the page goes to the block itself.
 */
export function offsetForLine(blocks: readonly LineBlock[], line: number): number {
  const index = blockForLine(blocks, line);
  if (index === undefined) return 0;
  const best = blocks[index];
  let next: LineBlock | undefined;
  for (const block of blocks) {
    if (block.line > best.line && (next === undefined || block.line < next.line)) next = block;
  }
  if (!next || next.top <= best.top) return best.top;
  return best.top + ((next.top - best.top) * (line - best.line)) / (next.line - best.line);
}

/**
 * The editor line at a place on the page: that of the last block starting at or above it, moved on in proportion
 * towards the next block down when that one comes from a later line.
 */
export function lineForOffset(blocks: readonly LineBlock[], offset: number): number | undefined {
  const sorted = blocks.map((block, i) => ({ ...block, i })).sort((a, b) => a.top - b.top || a.i - b.i);
  let previous: LineBlock | undefined;
  let next: LineBlock | undefined;
  for (const block of sorted) {
    if (block.top <= offset) previous = block;
    else {
      next = block;
      break;
    }
  }
  if (!previous) return sorted[0]?.line;
  if (!next || next.line <= previous.line || next.top === previous.top) return previous.line;
  return Math.floor(previous.line + ((next.line - previous.line) * (offset - previous.top)) / (next.top - previous.top));
}
