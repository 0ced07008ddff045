/** Points for or against one reading of a page, with the reasons a reader (or a test) can check. */
export interface Evidence {
  score: number;
  reasons: string[];
}

export function newEvidence(): Evidence {
  return { score: 0, reasons: [] };
}

export function add(evidence: Evidence, points: number, reason: string): void {
  evidence.score += points;
  evidence.reasons.push(reason);
}

export function hasAny(types: Set<string>, names: Set<string>): boolean {
  for (const t of types) if (names.has(t)) return true;
  return false;
}
