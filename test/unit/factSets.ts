// The annotated sets with facts gold, relative to the project root; `blind` sets are never tuned on and
// their misses are never printed.
export interface FactSet {
  label: string;
  dir: string;
  goldDir?: string;
  blind: boolean;
}

export const FACT_SETS: FactSet[] = [
  { label: 'seeds', dir: 'seeds', goldDir: 'test/fixtures/gold', blind: false },
  { label: 'held-out', dir: 'test/fixtures/heldout', blind: false },
  { label: 'dev2', dir: 'test/fixtures/dev2', blind: false },
  { label: 'dev3', dir: 'test/fixtures/dev3', blind: false },
  { label: 'dev4', dir: 'test/fixtures/dev4', blind: false },
  { label: 'dev5', dir: 'test/fixtures/dev5', blind: false },
  { label: 'dev6', dir: 'test/fixtures/dev6', blind: false },
  { label: 'dev7', dir: 'test/fixtures/dev7', blind: false },
  { label: 'dev8', dir: 'test/fixtures/dev8', blind: false },
  { label: 'dev9', dir: 'test/fixtures/dev9', blind: false },
  { label: 'dev10', dir: 'test/fixtures/dev10', blind: false },
  { label: 'dev11', dir: 'test/fixtures/dev11', blind: false },
  { label: 'dev12', dir: 'test/fixtures/dev12', blind: false },
  { label: 'dev13', dir: 'test/fixtures/dev13', blind: false },
  { label: 'dev14', dir: 'test/fixtures/dev14', blind: false },
  { label: 'dev15', dir: 'test/fixtures/dev15', blind: false },
  { label: 'dev16', dir: 'test/fixtures/dev16', blind: false },
  { label: 'dev17', dir: 'test/fixtures/dev17', blind: false },
  { label: 'dev18', dir: 'test/fixtures/dev18', blind: false },
  { label: 'dev19', dir: 'test/fixtures/dev19', blind: false },
  { label: 'dev20', dir: 'test/fixtures/dev20', blind: false },
  { label: 'dev21', dir: 'test/fixtures/dev21', blind: false },
  { label: 'dev22', dir: 'test/fixtures/dev22', blind: false },
  { label: 'dev23', dir: 'test/fixtures/dev23', blind: false },
  { label: 'blind', dir: 'test/fixtures/blind', blind: true },
  { label: 'blind2', dir: 'test/fixtures/blind2', blind: true },
  { label: 'blind3', dir: 'test/fixtures/blind3', blind: true },
  { label: 'blind4', dir: 'test/fixtures/blind4', blind: true },
  { label: 'blind5', dir: 'test/fixtures/blind5', blind: true },
  { label: 'blind6', dir: 'test/fixtures/blind6', blind: true },
  { label: 'blind7', dir: 'test/fixtures/blind7', blind: true },
  { label: 'blind8', dir: 'test/fixtures/blind8', blind: true },
  { label: 'blind9', dir: 'test/fixtures/blind9', blind: true },
  { label: 'blind10', dir: 'test/fixtures/blind10', blind: true },
  { label: 'blind11', dir: 'test/fixtures/blind11', blind: true },
  { label: 'blind12', dir: 'test/fixtures/blind12', blind: true },
  { label: 'blind13', dir: 'test/fixtures/blind13', blind: true },
  { label: 'blind14', dir: 'test/fixtures/blind14', blind: true },
  { label: 'blind15', dir: 'test/fixtures/blind15', blind: true },
  { label: 'blind16', dir: 'test/fixtures/blind16', blind: true },
  { label: 'blind17', dir: 'test/fixtures/blind17', blind: true },
  { label: 'blind18', dir: 'test/fixtures/blind18', blind: true },
  { label: 'blind19', dir: 'test/fixtures/blind19', blind: true },
  { label: 'blind20', dir: 'test/fixtures/blind20', blind: true },
  { label: 'blind21', dir: 'test/fixtures/blind21', blind: true },
];
