// Deterministic generator of diplomatic/defense news articles for the benchmark.
// Articles follow the sentence patterns of the seeds (receptions, phone talks, talks, interviews,
// visits, courtesy calls) but with other people, ranks, positions, organizations, places and dates.
import { Rng } from './prng';

interface Country {
  name: string;
  adj: string;
  army: string;
  cities: string[];
  ranks: string[];
  newspaper: string;
  person(r: Rng): string;
}

const VN_FAMILY = ['Nguyen', 'Tran', 'Le', 'Pham', 'Hoang', 'Phan', 'Vu', 'Dang', 'Bui', 'Do', 'Ho', 'Ngo', 'Duong', 'Ly', 'Trinh', 'Dinh'];
const VN_MIDDLE = ['Van', 'Duc', 'Minh', 'Quoc', 'Huu', 'Xuan', 'Thanh', 'Trong', 'Hong', 'Kim', 'Ngoc', 'Tan'];
const VN_GIVEN = ['Hung', 'Dung', 'Cuong', 'Tuan', 'Hai', 'Nam', 'Long', 'Son', 'Thang', 'Binh', 'Khanh', 'Quang', 'Vinh', 'Phuc', 'Toan', 'Hieu', 'Giang', 'Lam'];
const CN_FAMILY = ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Zhao', 'Huang', 'Zhou', 'Wu', 'Xu', 'Sun', 'Ma', 'Zhu', 'Hu', 'Guo', 'He', 'Gao'];
const CN_GIVEN = ['Wei', 'Jianguo', 'Xiaoming', 'Haitao', 'Yong', 'Jun', 'Qiang', 'Lei', 'Jianhua', 'Zhiyuan', 'Dongsheng', 'Guoqiang', 'Xiaolong', 'Baoshan', 'Yuxiang', 'Hongwei'];
const US_FIRST = ['John', 'Michael', 'Robert', 'David', 'James', 'Mary', 'Linda', 'Susan', 'Thomas', 'Mark', 'Kevin', 'Laura', 'Daniel', 'Charles', 'Patricia', 'Eric'];
const US_LAST = ['Smith', 'Johnson', 'Williams', 'Brown', 'Miller', 'Davis', 'Wilson', 'Anderson', 'Taylor', 'Moore', 'Jackson', 'Harris', 'Clark', "O'Neill", 'McAllister', 'Reynolds'];
const RU_FIRST = ['Sergei', 'Alexei', 'Dmitry', 'Nikolai', 'Vladimir', 'Andrei', 'Yevgeny', 'Mikhail', 'Oleg', 'Viktor', 'Igor', 'Pavel'];
const RU_LAST = ['Ivanov', 'Petrov', 'Smirnov', 'Kuznetsov', 'Volkov', 'Sokolov', 'Popov', 'Lebedev', 'Morozov', 'Novikov', 'Fomin', 'Gerasimov'];
const RU_PATRONYMIC = ['Sergeyevich', 'Ivanovich', 'Nikolayevich', 'Alexandrovich', 'Vladimirovich', 'Petrovich'];
const IN_FIRST = ['Rajesh', 'Anil', 'Suresh', 'Vikram', 'Arjun', 'Priya', 'Manoj', 'Sanjay', 'Ravi', 'Deepak', 'Anita', 'Rakesh'];
const IN_LAST = ['Sharma', 'Singh', 'Kumar', 'Patel', 'Rao', 'Reddy', 'Nair', 'Gupta', 'Menon', 'Chauhan', 'Iyer', 'Bhatia'];
const JP_FIRST = ['Hiroshi', 'Takeshi', 'Kenji', 'Yuki', 'Satoshi', 'Koichi', 'Minoru', 'Daisuke', 'Haruto', 'Akira', 'Masahiro', 'Yoshihide'];
const JP_LAST = ['Tanaka', 'Suzuki', 'Takahashi', 'Watanabe', 'Yamamoto', 'Nakamura', 'Kobayashi', 'Kato', 'Yoshida', 'Yamada', 'Sasaki', 'Inoue'];
const KR_FAMILY = ['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Cho', 'Yoon', 'Jang', 'Lim', 'Han', 'Shin'];
const KR_GIVEN = ['Min-jun', 'Seo-yeon', 'Ji-hoon', 'Dong-hyun', 'Sung-ho', 'Jae-won', 'Young-soo', 'Hyun-woo', 'Eun-ji', 'Sang-min', 'Kyung-soo', 'Tae-yang'];
const ID_FIRST = ['Budi', 'Agus', 'Hadi', 'Joko', 'Siti', 'Andi', 'Dedi', 'Bambang', 'Yudo', 'Rudy', 'Hendra', 'Wahyu'];
const ID_LAST = ['Santoso', 'Prabowo', 'Wibowo', 'Hidayat', 'Kusuma', 'Sutrisno', 'Margono', 'Setiawan', 'Nugroho', 'Pratama', 'Saputra', 'Gunawan'];
const LA_FIRST = ['Chansamone', 'Souvone', 'Khamla', 'Vilay', 'Bounthong', 'Somphet', 'Thongloun', 'Sengphet'];
const LA_LAST = ['Chanyalath', 'Leuangbounmy', 'Phommachanh', 'Sisoulith', 'Keomany', 'Vongsay', 'Inthavong', 'Sayavong'];
const KH_FIRST = ['Tea', 'Hun', 'Sok', 'Chea', 'Prak', 'Meas', 'Pol', 'Vong'];
const KH_LAST = ['Seiha', 'Manet', 'Sophea', 'Vuthy', 'Sokhon', 'Chantha', 'Piseth', 'Rithy'];

const VN_RANKS = ['General', 'Senior Lieutenant General', 'Lieutenant General', 'Major General', 'Senior Colonel', 'Colonel', 'Lieutenant Colonel', 'Admiral', 'Vice Admiral', 'Rear Admiral'];
const CN_RANKS = ['General', 'Lieutenant General', 'Major General', 'Senior Colonel', 'Colonel', 'Admiral', 'Vice Admiral', 'Rear Admiral'];
const US_RANKS = ['General', 'Lieutenant General', 'Major General', 'Brigadier General', 'Colonel', 'Admiral', 'Vice Admiral', 'Rear Admiral', 'Captain', 'Commander'];
const RU_RANKS = ['Army General', 'Colonel General', 'Lieutenant General', 'Major General', 'Colonel', 'Admiral', 'Vice Admiral'];
const IN_RANKS = ['General', 'Lieutenant General', 'Major General', 'Brigadier', 'Air Chief Marshal', 'Air Marshal', 'Air Vice Marshal', 'Admiral', 'Vice Admiral'];
const JP_RANKS = ['General', 'Lieutenant General', 'Major General', 'Admiral', 'Vice Admiral', 'Colonel'];
const KR_RANKS = ['General', 'Lieutenant General', 'Major General', 'Brigadier General', 'Admiral', 'Colonel'];
const ID_RANKS = ['General', 'Lieutenant General', 'Major General', 'Brigadier General', 'Air Marshal', 'Admiral', 'First Admiral'];
const LA_RANKS = ['General', 'Lieutenant General', 'Major General', 'Brigadier General', 'Colonel'];

const two = (a: string[], b: string[]) => (r: Rng) => `${r.pick(a)} ${r.pick(b)}`;

const COUNTRIES: Country[] = [
  {
    name: 'Vietnam', adj: 'Vietnamese', army: "Vietnam People's Army",
    cities: ['Hanoi', 'Ho Chi Minh City', 'Da Nang', 'Hai Phong', 'Can Tho'], ranks: VN_RANKS, newspaper: 'People’s Army Newspaper',
    person: (r) => (r.chance(0.7) ? `${r.pick(VN_FAMILY)} ${r.pick(VN_MIDDLE)} ${r.pick(VN_GIVEN)}` : `${r.pick(VN_FAMILY)} ${r.pick(VN_GIVEN)}`),
  },
  {
    name: 'China', adj: 'Chinese', army: "Chinese People's Liberation Army", cities: ['Beijing', 'Shanghai', 'Nanning', 'Kunming', 'Guangzhou'],
    ranks: CN_RANKS, newspaper: 'PLA Daily', person: two(CN_FAMILY, CN_GIVEN),
  },
  {
    name: 'the United States', adj: 'US', army: 'US Army', cities: ['Washington', 'Honolulu', 'San Diego', 'Norfolk'],
    ranks: US_RANKS, newspaper: 'Defense News', person: (r) => (r.chance(0.2) ? `${r.pick(US_FIRST)} ${String.fromCharCode(65 + r.int(26))}. ${r.pick(US_LAST)}` : two(US_FIRST, US_LAST)(r)),
  },
  {
    name: 'Russia', adj: 'Russian', army: 'Russian Armed Forces', cities: ['Moscow', 'Vladivostok', 'Saint Petersburg'],
    ranks: RU_RANKS, newspaper: 'Krasnaya Zvezda Newspaper', person: (r) => (r.chance(0.3) ? `${r.pick(RU_FIRST)} ${r.pick(RU_PATRONYMIC)} ${r.pick(RU_LAST)}` : two(RU_FIRST, RU_LAST)(r)),
  },
  {
    name: 'India', adj: 'Indian', army: 'Indian Armed Forces', cities: ['New Delhi', 'Mumbai', 'Chennai', 'Kolkata'],
    ranks: IN_RANKS, newspaper: 'Sainik Samachar', person: two(IN_FIRST, IN_LAST),
  },
  {
    name: 'Japan', adj: 'Japanese', army: 'Japan Self-Defense Forces', cities: ['Tokyo', 'Yokosuka', 'Osaka'],
    ranks: JP_RANKS, newspaper: 'Asagumo Newspaper', person: two(JP_FIRST, JP_LAST),
  },
  {
    name: 'the Republic of Korea', adj: 'Korean', army: 'Republic of Korea Armed Forces', cities: ['Seoul', 'Busan', 'Incheon'],
    ranks: KR_RANKS, newspaper: 'Korea Defense Daily', person: two(KR_FAMILY, KR_GIVEN),
  },
  {
    name: 'Indonesia', adj: 'Indonesian', army: 'Indonesian National Armed Forces', cities: ['Jakarta', 'Surabaya', 'Bandung'],
    ranks: ID_RANKS, newspaper: 'Jakarta Post', person: (r) => (r.chance(0.15) ? r.pick(ID_FIRST) + 'no' : two(ID_FIRST, ID_LAST)(r)),
  },
  {
    name: 'Laos', adj: 'Lao', army: "Lao People's Army", cities: ['Vientiane', 'Luang Prabang', 'Pakse'],
    ranks: LA_RANKS, newspaper: 'Pasaxon Newspaper', person: two(LA_FIRST, LA_LAST),
  },
  {
    name: 'Cambodia', adj: 'Cambodian', army: 'Royal Cambodian Armed Forces', cities: ['Phnom Penh', 'Siem Reap', 'Battambang'],
    ranks: LA_RANKS, newspaper: 'Khmer Times', person: two(KH_FIRST, KH_LAST),
  },
];

const MINISTRIES = ['National Defense', 'Defense', 'Foreign Affairs', 'Public Security', 'Home Affairs'];
const DEPARTMENTS = ['External Relations', 'Foreign Affairs', 'International Cooperation', 'Military Industry', 'Military Medicine', 'Defense Policy', 'Logistics'];
const MILITARY_BODIES = ['General Staff', 'General Department of Politics', 'General Department of Logistics', 'General Department of Defense Industry', 'Political Work Department', 'Joint Staff Department'];
const POSITIONS_SIMPLE = ['Defense Minister', 'Minister of National Defense', 'Deputy Minister of National Defense', 'Chief of the General Staff', 'Deputy Chief of the General Staff', 'Defense Attaché', 'Ambassador', 'Commander of the Navy', 'Commander of the Air Force', 'Chief of Naval Staff', 'Foreign Minister', 'Deputy Foreign Minister', 'Vice Chairman of the Central Military Commission', 'Director General'];
const KINDS = ['reception', 'phone talk', 'talks', 'interview', 'visit', 'courtesy call'] as const;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const TOPICS = ['defense cooperation', 'maritime security', 'peacekeeping operations', 'military medicine', 'defense industry', 'training of officers', 'search and rescue', 'cyber security', 'border management', 'humanitarian assistance and disaster relief', 'war legacy settlement', 'personnel training'];
const FILLER = [
  'He emphasized that the comprehensive cooperation between the two parties and two countries is a premise to expand the bilateral defense cooperation.',
  'Over the past time, despite being affected by the COVID-19 pandemic, cooperation between the two sides has been actively maintained through flexible forms of exchange and contact.',
  'Exchange of visits of military delegations and inked cooperation agreements have contributed to boosting mutual trust and understanding between the two militaries.',
  'The two sides agreed to continue fostering cooperation in political work with a focus on education of the traditional friendship for their troops.',
  'They emphasized that, despite numerous challenges, cooperation between the two countries in general and the two militaries in particular has been maintained and fruitfully developed.',
  'The guest expressed his pleasure to visit and work in the country and thanked the host for the warm and thoughtful reception.',
  'The two generals affirmed that in any circumstances, defense cooperation will always be an important pillar in the comprehensive strategic partnership.',
  'Joint patrols between naval forces and coast guard forces of the two countries have been resumed, while annual conferences have been held virtually.',
  'As for all remaining issues, the two sides should keep on realizing common perceptions agreed by senior leaders and not create an opportunity for hostile forces to sabotage the relationship.',
  'The deed demonstrated the special sentiment between the two sides – a “friendship” that has been nurtured over the past decades.',
  'The official evaluated that the cooperation has been expanded in different fields in a practical and intensive manner.',
  'He went on to say that the country is willing to exchange any initiatives beneficial to regional and international peace and stability.',
];

interface Official {
  country: Country;
  name: string;
  rank: string | null;
  position: string;
  org: string;
}

function organization(r: Rng, c: Country, other: Country): string {
  switch (r.int(9)) {
    case 0: return `Ministry of ${r.pick(MINISTRIES)} of ${c.name}`;
    case 1: return `Department of ${r.pick(DEPARTMENTS)} of the Ministry of ${r.pick(MINISTRIES)} of ${c.name}`;
    case 2: return `Embassy of ${c.name} in ${other.name}`;
    case 3: return `${c.adj} Embassy in ${other.name}`;
    case 4: return `Defense Attaché Office of the ${c.adj} Embassy in ${other.name}`;
    case 5: return `${r.pick(MILITARY_BODIES)} of the ${c.army}`;
    case 6: return `Office for International Military Cooperation of the ${c.adj} Central Military Commission`;
    case 7: return `Military Region ${1 + r.int(9)}`;
    default: return c.army;
  }
}

function official(r: Rng, c: Country, other: Country): Official {
  const org = organization(r, c, other);
  const position = r.chance(0.5)
    ? r.pick(POSITIONS_SIMPLE)
    : `${r.pick(['Director', 'Deputy Director', 'Chief', 'Commander', 'Head'])} of the ${org}`;
  return { country: c, name: c.person(r), rank: r.chance(0.8) ? r.pick(c.ranks) : null, position, org };
}

/** "Senior Colonel Pan Tao", sometimes with the position before it. */
function full(r: Rng, o: Official): string {
  const base = o.rank ? `${o.rank} ${o.name}` : o.name;
  switch (r.int(4)) {
    case 0: return `${o.position} ${base}`;
    case 1: return `${o.country.adj} ${o.position} ${base}`;
    case 2: return `${base}, ${o.position}`;
    default: return base;
  }
}

function short(r: Rng, o: Official): string {
  const parts = o.name.split(' ');
  const last = o.country.adj === 'Vietnamese' ? parts[parts.length - 1] : o.name;
  return o.rank && r.chance(0.6) ? `${o.rank.split(' ').pop()} ${last}` : last;
}

function date(r: Rng): string {
  const month = r.pick(MONTHS);
  const day = 1 + r.int(28);
  const year = 2015 + r.int(11);
  switch (r.int(5)) {
    case 0: return `on ${month} ${day}`;
    case 1: return `on ${month} ${day}, ${year}`;
    case 2: return `on ${day} ${month} ${year}`;
    case 3: return `in ${month} ${year}`;
    default: return `on ${year}-${String(1 + MONTHS.indexOf(month)).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }
}

function apos(r: Rng, s: string): string {
  // Mix straight and curly apostrophes, as real articles do.
  return r.chance(0.5) ? s.replace(/'/g, '’') : s;
}

function lead(r: Rng, kind: (typeof KINDS)[number], a: Official, b: Official, place: string, when: string): string {
  switch (kind) {
    case 'reception':
      return r.chance(0.5)
        ? `${full(r, a)} received ${full(r, b)} in ${place} ${when}.`
        : `${full(r, a)} hosted a reception for ${full(r, b)}, who is on a working visit to ${a.country.name}, ${when}.`;
    case 'phone talk':
      return `${full(r, a)} said that during a phone talk with ${full(r, b)} ${when} in ${place}.`;
    case 'talks':
      return `${full(r, a)} held talks with ${full(r, b)} in ${place} ${when}, following the welcome ceremony.`;
    case 'interview':
      return `${full(r, a)} affirmed that during an interview granted to the ${apos(r, a.country.newspaper)}'s reporter ${when} on the occasion of the anniversary of the foundation day of the ${apos(r, a.country.army)}.`;
    case 'visit':
      return `${full(r, a)} paid an official visit to ${b.country.name} from ${r.pick(MONTHS)} ${1 + r.int(20)} to ${21 + r.int(7)} at the invitation of ${full(r, b)}.`;
    default:
      return `${full(r, a)} paid a courtesy call on ${full(r, b)} in ${place} ${when}.`;
  }
}

function title(r: Rng, kind: (typeof KINDS)[number], a: Official, b: Official): string {
  const an = a.rank ? `${a.rank} ${a.name}` : a.name;
  const bn = b.rank ? `${b.rank} ${b.name}` : b.name;
  switch (kind) {
    case 'reception': return `${an} receiving ${bn}`;
    case 'phone talk': return `${an} holds phone talk with ${b.country.adj} counterpart`;
    case 'talks': return `${a.country.adj} and ${b.country.adj} defense leaders hold talks`;
    case 'interview': return `Interview with ${a.country.adj} ${a.position} ${an}`;
    case 'visit': return `${an} pays official visit to ${b.country.name}`;
    default: return `${bn} receives ${a.country.adj} ${a.position}`;
  }
}

/** One article, roughly `targetChars` long (at least the lead and a few paragraphs). */
export function article(r: Rng, targetChars = 3000): string {
  const c1 = r.pick(COUNTRIES);
  let c2 = r.pick(COUNTRIES);
  if (c2 === c1) c2 = COUNTRIES[(COUNTRIES.indexOf(c1) + 1) % COUNTRIES.length];
  const a = official(r, c1, c2);
  const b = official(r, c2, c1);
  const kind = r.pick(KINDS);
  const place = r.pick(r.chance(0.5) ? c1.cities : c2.cities);
  const when = date(r);
  const paras: string[] = [title(r, kind, a, b), lead(r, kind, a, b, place, when)];
  let size = paras[0].length + paras[1].length;
  let i = 0;
  while (size < targetChars) {
    let p: string;
    switch ((i++ + r.int(7)) % 7) {
      case 0:
        p = `At the ${kind === 'talks' ? 'talks' : kind}, ${short(r, a)} affirmed that the Party, State, and ${apos(r, c1.army)} always attach great importance to the comprehensive strategic partnership between ${c1.name} and ${c2.name}. ${r.pick(FILLER)}`;
        break;
      case 1:
        p = `The two sides highly appreciated the results of the talks between the ${apos(r, organization(r, c1, c2))} and the ${apos(r, organization(r, c2, c1))}. They said that the outcomes will be an important basis for the promotion of bilateral ${r.pick(TOPICS)} in the coming time.`;
        break;
      case 2:
        p = `On the occasion, ${short(r, b)} briefed ${full(r, a)} on the outcomes of ${r.pick(TOPICS)} ${date(r)}. ${r.pick(FILLER)} ${r.pick(FILLER)}`;
        break;
      case 3:
        p = `${full(r, b)} (right) presenting souvenir to ${full(r, a)}`;
        break;
      case 4: {
        const c3 = r.pick(COUNTRIES);
        const o = official(r, c3, c1);
        p = `${r.pick(FILLER)} Notably, ${date(r)}, ${full(r, o)} paid an official visit to ${c1.name}, where the sides discussed ${r.pick(TOPICS)} and ${r.pick(TOPICS)}.`;
        break;
      }
      case 5:
        p = `${r.pick(FILLER)} ${r.pick(FILLER)} The ${c1.adj}-${c2.adj} cooperation – from ${r.pick(TOPICS)} to ${r.pick(TOPICS)} – was also discussed, ${short(r, a)} said.`;
        break;
      default:
        p = `${r.pick(FILLER)} ${r.pick(FILLER)} ${r.pick(FILLER)}`;
    }
    paras.push(p);
    size += p.length + 2;
  }
  paras.push(`Translated by ${COUNTRIES[0].person(r)}`);
  return paras.join('\n\n') + '\n';
}

/** Articles until `totalBytes` (UTF-8) is reached, deterministic for a given seed. */
export function corpus(seed: number, totalBytes: number, articleChars = 3000): string[] {
  const r = new Rng(seed);
  const out: string[] = [];
  let bytes = 0;
  while (bytes < totalBytes) {
    const a = article(r, articleChars + r.int(articleChars));
    out.push(a);
    bytes += Buffer.byteLength(a, 'utf8');
  }
  return out;
}

/** `count` documents of roughly `avgChars` characters each. */
export function documents(seed: number, count: number, avgChars: number): string[] {
  const r = new Rng(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(article(r, Math.round(avgChars * 0.5 + r.int(Math.round(avgChars * 0.8)))));
  return out;
}
