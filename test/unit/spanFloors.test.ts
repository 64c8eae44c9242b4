// The engine on the sets written this round, scored against their span gold (sources and addresses in each
// NAME.gold.json): dev7 (PIB, NNT, Jakarta Globe, Sputnik, China Military Online, ERR, Yle, AllAfrica, Borkena,
// MercoPress, KUNA, the Japanese MOD), dev8 (State Department, UK MoD, A News, Petra, Vietnam Plus, PNA, APP,
// News.lk, Kazinform, the AU Commission, the Swedish government), dev9 (the Polish foreign ministry, TASS, GhanaWeb,
// FBC, Andina, Reuters, BNA, ONA, Report.az, ANI, the Serbian MoD, UzA) and dev10 (the White House, Canada's DND, the UN,
// The Straits Times, Malay Mail, Yonhap, KUNA, the Czech MoD, Capital FM, the Zambian Observer, The News, The Borneo
// Post) and dev11 (Asia Today, VietnamPlus, the Hungarian Defence Forces, the Sri Lanka Army, Trend, ERR, The Pak
// Military Monitor, The Gleaner, The Insider, Global Upfront, KUNA, Dominican Today) and dev12 (the Turkish and Qatari
// foreign ministries, the State Department, Xinhua, APS, The Daily Asian Age, Mediamax, GG News, SBM Online, Business
// Standard, the Uganda Media Centre, BelTA) and dev13 (SPA, VOV World, the Azerbaijani and Chilean foreign
// ministries, RNA, India Today, Poland In, PPI, AKP, State House Sierra Leone, the Guyana Chronicle, The Phnom Penh Post), dev14 (the Chilean foreign ministry,
// Andina, Egypt Today, GhanaWeb, the Japanese foreign ministry, the Korean defence ministry, ONA, Petra, Ethnos, BTA, ANI,
// Gulf Times) and dev15 (State Department readouts, China Military Online, the Russian foreign ministry, Dunya News,
// Ada Derana, Kazinform, Agenda.ge, NATO, DVIDS, AZERTAC, an Eritrean release), dev16 (the Singapore, Japanese,
// Argentine and Lithuanian foreign ministries, the Ghana Armed Forces, News.lk, VNA, Medcom, People's Daily, Anadolu,
// the UN, Algemeiner), dev17 (a neutral sample: the Japanese MoD, ANI, APS, Maroc.ma, the German foreign office,
// BelTA, SPA, the Iraqi foreign ministry, the State Department, Nation News, the Solomon Islands GCU, the Samoa High
// Commission), dev18 (a neutral sample: ARY News, Silk Way News, IANS, AZERTAC, 26sepnews, Earth Press News, The Indian
// Awaaz, The New Indian Express, News18, the Venezuelan foreign ministry, Daily Mail Africa, Hürriyet), dev19 (a
// neutral sample: Geo News, Setopati, Kuwait Times, UrduPoint, A News, The Hindu, Sputnik, The News, the Maldives
// foreign ministry, Europe Diplomatic Magazine, Devdiscourse, Millennium Post), tuned on; blind3 to blind8
// (ten more each, never tuned on,
// failures report counts only). Their gold was written before the engine ran on them. Floors: overlap F1 last
// measured minus 0.05, rounded down; participants: the share measured less 0.1.
import * as path from 'path';
import { analyze } from '../../src/core';
import { describeGoldSet } from './goldSetSuite';
import type { ScoredType } from './goldSets';

interface SetFloors {
  dir: string;
  articles: number;
  /** Overlap-F1 floors per type. */
  f1: Record<ScoredType, number>;
  participants: number;
  blind: boolean;
}

const SETS: SetFloors[] = [
  // When written: 0.919 / 1.000 / 0.926 / 0.871, 22/24; last measured 0.993 / 1.000 / 0.949 / 0.871, 24/24.
  { dir: 'dev7', articles: 12, f1: { official: 0.94, rank: 0.95, position: 0.89, organization: 0.82 }, participants: 0.9, blind: false },
  // When written: 0.931 / 0.960 / 0.913 / 0.860, 18/22; last measured 0.981 / 1.000 / 0.936 / 0.860, 21/22.
  { dir: 'dev8', articles: 11, f1: { official: 0.93, rank: 0.95, position: 0.88, organization: 0.81 }, participants: 0.85, blind: false },
  // When written: 0.944 / 1.000 / 0.958 / 0.852, 25/32; last measured 0.959 / 1.000 / 0.958 / 0.852, 31/32.
  { dir: 'dev9', articles: 12, f1: { official: 0.9, rank: 0.95, position: 0.9, organization: 0.8 }, participants: 0.86, blind: false },
  // When written: 0.974 / 0.900 / 0.938 / 0.756, 26/31; last measured 0.974 / 0.900 / 0.938 / 0.756, 29/31.
  { dir: 'dev10', articles: 12, f1: { official: 0.93, rank: 0.85, position: 0.88, organization: 0.7 }, participants: 0.83, blind: false },
  // When written: 0.929 / 0.930 / 0.940 / 0.936, 21/26; last measured 1.000 / 1.000 / 0.950 / 0.936, 25/26.
  { dir: 'dev11', articles: 12, f1: { official: 0.95, rank: 0.95, position: 0.9, organization: 0.88 }, participants: 0.86, blind: false },
  // When written: 0.982 / 1.000 / 0.916 / 0.775, 22/24; last measured 0.988 / 1.000 / 0.940 / 0.790, 23/24.
  { dir: 'dev12', articles: 12, f1: { official: 0.93, rank: 0.95, position: 0.89, organization: 0.74 }, participants: 0.85, blind: false },
  // When written: 0.934 / 0.984 / 0.956 / 0.921, 21/26.
  { dir: 'dev13', articles: 12, f1: { official: 0.89, rank: 0.93, position: 0.9, organization: 0.87 }, participants: 0.7, blind: false },
  // When written: 0.925 / 0.923 / 0.887 / 0.895, 23/25.
  { dir: 'dev14', articles: 12, f1: { official: 0.88, rank: 0.87, position: 0.83, organization: 0.84 }, participants: 0.82, blind: false },
  // When written: 0.985 / 0.971 / 0.988 / 0.885, 23/28.
  { dir: 'dev15', articles: 12, f1: { official: 0.93, rank: 0.92, position: 0.93, organization: 0.83 }, participants: 0.72, blind: false },
  // When written: 0.986 / 1.000 / 0.986 / 0.849, 28/34.
  { dir: 'dev16', articles: 12, f1: { official: 0.93, rank: 0.95, position: 0.93, organization: 0.79 }, participants: 0.72, blind: false },
  // When written: 0.934 / 1.000 / 0.933 / 0.727, 22/34.
  { dir: 'dev17', articles: 12, f1: { official: 0.88, rank: 0.95, position: 0.88, organization: 0.67 }, participants: 0.54, blind: false },
  // When written: 0.912 / 1.000 / 0.970 / 0.755, 25/34.
  { dir: 'dev18', articles: 12, f1: { official: 0.86, rank: 0.95, position: 0.92, organization: 0.7 }, participants: 0.63, blind: false },
  // When written: 0.920 / 1.000 / 0.857 / 0.816, 21/29.
  { dir: 'dev19', articles: 12, f1: { official: 0.87, rank: 0.95, position: 0.8, organization: 0.76 }, participants: 0.62, blind: false },
  // When written: 0.927 / 1.000 / 0.958 / 0.874, 19/39.
  { dir: 'dev20', articles: 12, f1: { official: 0.87, rank: 0.95, position: 0.9, organization: 0.82 }, participants: 0.38, blind: false },
  // When written: 0.946 / 1.000 / 0.937 / 0.721, 24/52.
  { dir: 'dev21', articles: 12, f1: { official: 0.93, rank: 0.95, position: 0.88, organization: 0.67 }, participants: 0.86, blind: false },
  // When written: 0.940 / 1.000 / 0.918 / 0.883, 25/45.
  { dir: 'dev22', articles: 12, f1: { official: 0.93, rank: 0.95, position: 0.86, organization: 0.83 }, participants: 0.55, blind: false },
  // When written: 0.951 / 1.000 / 0.931 / 0.865, 19/24.
  { dir: 'dev23', articles: 12, f1: { official: 0.9, rank: 0.95, position: 0.88, organization: 0.81 }, participants: 0.74, blind: false },
  // First measured 0.970 / 1.000 / 0.956 / 0.816, 21/29.
  { dir: 'blind3', articles: 10, f1: { official: 0.92, rank: 0.95, position: 0.9, organization: 0.76 }, participants: 0.62, blind: true },
  // First measured 0.969 / 0.976 / 0.923 / 0.943, 20/26 (written this round, never tuned on).
  { dir: 'blind4', articles: 10, f1: { official: 0.91, rank: 0.92, position: 0.87, organization: 0.89 }, participants: 0.66, blind: true },
  // First measured 0.891 / 0.875 / 0.785 / 0.914, 15/23 (written this round, never tuned on).
  { dir: 'blind5', articles: 10, f1: { official: 0.84, rank: 0.82, position: 0.73, organization: 0.86 }, participants: 0.55, blind: true },
  // First measured 0.934 / 0.950 / 0.882 / 0.864, 20/31 (written this round, never tuned on).
  { dir: 'blind6', articles: 10, f1: { official: 0.88, rank: 0.9, position: 0.83, organization: 0.81 }, participants: 0.54, blind: true },
  // First measured 0.878 / 1.000 / 0.943 / 0.677, 22/35 (written this round, a neutral sample, never tuned on).
  { dir: 'blind7', articles: 10, f1: { official: 0.82, rank: 0.95, position: 0.89, organization: 0.62 }, participants: 0.52, blind: true },
  // First measured 0.897 / 1.000 / 0.972 / 0.885, 16/23 (written this round, a neutral sample, never tuned on).
  { dir: 'blind8', articles: 10, f1: { official: 0.84, rank: 0.95, position: 0.92, organization: 0.83 }, participants: 0.59, blind: true },
  // First measured 0.980 / 0.667 / 0.969 / 0.831, 16/21 (written this round, a neutral sample, never tuned on).
  { dir: 'blind9', articles: 10, f1: { official: 0.93, rank: 0.61, position: 0.91, organization: 0.78 }, participants: 0.66, blind: true },
  // First measured 0.921 / 1.000 / 0.980 / 0.883, 16/29 (written this round, a neutral sample, never tuned on).
  { dir: 'blind10', articles: 10, f1: { official: 0.87, rank: 0.95, position: 0.93, organization: 0.83 }, participants: 0.45, blind: true },
  // When written: 0.876 / 1.000 / 0.901 / 0.848, 20/41.
  { dir: 'blind11', articles: 10, f1: { official: 0.82, rank: 0.95, position: 0.87, organization: 0.79 }, participants: 0.43, blind: true },
  // When written: 0.879 / 1.000 / 0.915 / 0.727, 21/23.
  { dir: 'blind12', articles: 10, f1: { official: 0.95, rank: 0.95, position: 0.9, organization: 0.67 }, participants: 0.86, blind: true },
  // When written: 0.970 / 1.000 / 0.941 / 0.760, 20/23.
  { dir: 'blind13', articles: 10, f1: { official: 0.92, rank: 0.95, position: 0.89, organization: 0.71 }, participants: 0.82, blind: true },
  { dir: 'blind14', articles: 10, f1: { official: 0.86, rank: 0.95, position: 0.79, organization: 0.60 }, participants: 0.66, blind: true },
  // When written (engine of 4617609): 0.977 / 1.000 / 0.932 / 0.645, 23/28 (the round's start, e3f87c8: position 0.917).
  { dir: 'blind15', articles: 10, f1: { official: 0.92, rank: 0.95, position: 0.88, organization: 0.59 }, participants: 0.77, blind: true },
  // When written (engine of 33d03b3): 0.836 / 0.857 / 0.920 / 0.805, 19/26.
  { dir: 'blind16', articles: 10, f1: { official: 0.78, rank: 0.8, position: 0.87, organization: 0.75 }, participants: 0.69, blind: true },
  // When written (engine of a2217a3): 0.942 / 1.000 / 0.961 / 0.750, 17/20.
  { dir: 'blind17', articles: 10, f1: { official: 0.89, rank: 0.95, position: 0.91, organization: 0.7 }, participants: 0.8, blind: true },
  // When written (engine of 32de348): 0.853 / 1.000 / 0.991 / 0.861, 15/22.
  { dir: 'blind18', articles: 10, f1: { official: 0.84, rank: 0.95, position: 0.94, organization: 0.8 }, participants: 0.85, blind: true },
  // When written (engine of 921a61e): 0.944 / 1.000 / 0.951 / 0.656, 13/19.
  { dir: 'blind19', articles: 10, f1: { official: 0.89, rank: 0.95, position: 0.9, organization: 0.6 }, participants: 0.73, blind: true },
  { dir: 'blind20', articles: 10, f1: { official: 0.9, rank: 0.95, position: 0.93, organization: 0.8 }, participants: 0.9, blind: true },
  { dir: 'blind21', articles: 10, f1: { official: 0.95, rank: 0.95, position: 0.89, organization: 0.83 }, participants: 0.72, blind: true },
];

for (const set of SETS) {
  describeGoldSet(`engine on the ${set.dir} articles, scored against the gold`, path.resolve(__dirname, '../../../test/fixtures', set.dir), {
    articles: set.articles,
    f1: set.f1,
    participants: set.participants,
    revealMisses: !set.blind,
  }, (text) => analyze(text));
}
