/** The custom properties of the timetable's styles that place a block, from the data attributes that carry them. */
const BLOCK_PROPERTIES: Record<string, string> = { lane: '--tt-lane', lanes: '--tt-lanes' };

/**
 * Places the blocks of a timetable (`renderTimetable`) in the preview. The page's Content-Security-Policy leaves out
 * the `style` attributes the standalone page places them with, so the same figures are set from their data
 * attributes through the CSS object model, which the policy allows: a grid's span of minutes and the lanes across
 * it, each column's lanes (its width), each block's top and length (minutes from the grid's first hour) and its lane.
 */
export function placeTimetable(root: HTMLElement): void {
  for (const grid of Array.from(root.querySelectorAll<HTMLElement>('.tt-grid'))) {
    const from = Number(grid.dataset.from);
    grid.style.setProperty('--tt-span', String(Number(grid.dataset.to) - from));
    const lanes = Array.from(grid.querySelectorAll<HTMLElement>('.tt-room')).map((head) => Number(head.dataset.lanes) || 1);
    grid.style.setProperty('--tt-lanes-across', String(lanes.reduce((sum, n) => sum + n, 0)));
    for (const cell of Array.from(grid.querySelectorAll<HTMLElement>('.tt-room, .tt-column'))) cell.style.setProperty('--tt-column-lanes', cell.dataset.lanes ?? '1');
    for (const block of Array.from(grid.querySelectorAll<HTMLElement>('.tt-block'))) {
      const start = Number(block.dataset.start);
      block.style.setProperty('--tt-top', String(start - from));
      block.style.setProperty('--tt-length', String(Number(block.dataset.end) - start));
      for (const [name, property] of Object.entries(BLOCK_PROPERTIES)) block.style.setProperty(property, block.dataset[name] ?? '');
    }
  }
}
