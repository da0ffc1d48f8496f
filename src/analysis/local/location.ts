/**
 * Locations in resume headers: "City, ST", "City, State", "City, Country", "City, Region, Country".
 * Known regions and countries anchor the match so that "John Huber, UX Designer" is not a place.
 */

export const US_STATES: Record<string, string> = {
  AL: 'Alabama',
  AK: 'Alaska',
  AZ: 'Arizona',
  AR: 'Arkansas',
  CA: 'California',
  CO: 'Colorado',
  CT: 'Connecticut',
  DE: 'Delaware',
  FL: 'Florida',
  GA: 'Georgia',
  HI: 'Hawaii',
  ID: 'Idaho',
  IL: 'Illinois',
  IN: 'Indiana',
  IA: 'Iowa',
  KS: 'Kansas',
  KY: 'Kentucky',
  LA: 'Louisiana',
  ME: 'Maine',
  MD: 'Maryland',
  MA: 'Massachusetts',
  MI: 'Michigan',
  MN: 'Minnesota',
  MS: 'Mississippi',
  MO: 'Missouri',
  MT: 'Montana',
  NE: 'Nebraska',
  NV: 'Nevada',
  NH: 'New Hampshire',
  NJ: 'New Jersey',
  NM: 'New Mexico',
  NY: 'New York',
  NC: 'North Carolina',
  ND: 'North Dakota',
  OH: 'Ohio',
  OK: 'Oklahoma',
  OR: 'Oregon',
  PA: 'Pennsylvania',
  RI: 'Rhode Island',
  SC: 'South Carolina',
  SD: 'South Dakota',
  TN: 'Tennessee',
  TX: 'Texas',
  UT: 'Utah',
  VT: 'Vermont',
  VA: 'Virginia',
  WA: 'Washington',
  WV: 'West Virginia',
  WI: 'Wisconsin',
  WY: 'Wyoming',
  DC: 'District of Columbia',
};
const CA_PROVINCES = [
  'ON',
  'QC',
  'BC',
  'AB',
  'MB',
  'SK',
  'NS',
  'NB',
  'NL',
  'PE',
  'Ontario',
  'Quebec',
  'British Columbia',
  'Alberta',
];
const COUNTRIES = [
  'USA',
  'U.S.A.',
  'US',
  'U.S.',
  'United States',
  'United States of America',
  'UK',
  'U.K.',
  'United Kingdom',
  'England',
  'Scotland',
  'Wales',
  'Ireland',
  'Canada',
  'Mexico',
  'Brazil',
  'Argentina',
  'Chile',
  'Colombia',
  'Peru',
  'Germany',
  'France',
  'Spain',
  'Portugal',
  'Italy',
  'Netherlands',
  'Belgium',
  'Switzerland',
  'Austria',
  'Sweden',
  'Norway',
  'Denmark',
  'Finland',
  'Poland',
  'Czech Republic',
  'Czechia',
  'Romania',
  'Hungary',
  'Greece',
  'Turkey',
  'Türkiye',
  'Turkiye',
  'Ukraine',
  'Latvia',
  'Lithuania',
  'Estonia',
  'Slovakia',
  'Slovenia',
  'Croatia',
  'Serbia',
  'Bulgaria',
  'Iceland',
  'Luxembourg',
  'Cyprus',
  'Malta',
  'Belarus',
  'Armenia',
  'Kazakhstan',
  'Uzbekistan',
  'Russia',
  'Israel',
  'UAE',
  'United Arab Emirates',
  'Saudi Arabia',
  'Qatar',
  'Egypt',
  'Lebanon',
  'Kuwait',
  'Bahrain',
  'Oman',
  'Iran',
  'Iraq',
  'Tunisia',
  'Algeria',
  'Ethiopia',
  'Uganda',
  'Tanzania',
  'Rwanda',
  'Senegal',
  'Cameroon',
  "Côte d'Ivoire",
  'Zimbabwe',
  'Zambia',
  'Botswana',
  'Nigeria',
  'Kenya',
  'South Africa',
  'Ghana',
  'Morocco',
  'India',
  'Pakistan',
  'Bangladesh',
  'Sri Lanka',
  'Nepal',
  'China',
  'Hong Kong',
  'Taiwan',
  'Japan',
  'Korea',
  'South Korea',
  'Singapore',
  'Malaysia',
  'Indonesia',
  'Philippines',
  'Vietnam',
  'Thailand',
  'Australia',
  'New Zealand',
  'Venezuela',
  'Ecuador',
  'Uruguay',
  'Paraguay',
  'Bolivia',
  'Costa Rica',
  'Panama',
  'Guatemala',
  'Dominican Republic',
  'Puerto Rico',
  'Cuba',
  'Jamaica',
  'Cambodia',
  'Myanmar',
  'Mongolia',
];

/**
 * Regions of other countries whose resumes name them after the town: India's states, Britain's
 * counties and metropolitan areas, Australia's states.
 */
const OTHER_REGIONS = [
  'Maharashtra|Karnataka|Tamil Nadu|Telangana|Andhra Pradesh|Kerala|Gujarat|Rajasthan|Uttar Pradesh|West Bengal',
  'Madhya Pradesh|Haryana|Punjab|Bihar|Odisha|Goa|Assam|Jharkhand|Chhattisgarh|Uttarakhand|Himachal Pradesh',
  'Greater London|Greater Manchester|West Midlands|East Midlands|West Yorkshire|South Yorkshire|North Yorkshire',
  'East Yorkshire|Merseyside|Tyne and Wear|Kent|Essex|Surrey|East Sussex|West Sussex|Hampshire|Berkshire',
  'Oxfordshire|Buckinghamshire|Hertfordshire|Bedfordshire|Cambridgeshire|Norfolk|Suffolk|Lincolnshire',
  'Leicestershire|Northamptonshire|Northants|Warwickshire|Worcestershire|Staffordshire|Shropshire|Derbyshire',
  'Nottinghamshire|Cheshire|Lancashire|Cumbria|County Durham|Northumberland|Devon|Cornwall|Somerset|Dorset',
  'Wiltshire|Gloucestershire|Herefordshire|New South Wales|NSW|Queensland|QLD|Tasmania|Western Australia',
]
  .join('|')
  .split('|');
const REGION_WORDS = new Set<string>([
  ...Object.keys(US_STATES),
  ...Object.values(US_STATES),
  ...CA_PROVINCES,
  ...OTHER_REGIONS,
]);
/** A town with its British postcode (its district, or district and sector): "Leeds LS18", "Rugby CV21 3AB". */
const TOWN_AND_POSTCODE = /^(\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+)?) [A-Z]{1,2}\d[A-Z\d]?(?: \d[A-Z]{2})?$/u;
const COUNTRY_WORDS = new Set<string>(COUNTRIES);

type PartKind = 'region' | 'country' | null;

/** Whether a comma part starts with a known region or country; returns the words that do. */
function knownPlace(part: string): { kind: PartKind; text: string } {
  const words = part.split(/\s+/).filter(Boolean);
  for (let n = Math.min(4, words.length); n >= 1; n--) {
    const head = words.slice(0, n).join(' ');
    const rest = words.slice(n).join(' ');
    // "New York University" is not New York; "CA 90291" or "NY linkedin.com/…" still is CA / NY
    if (/^\p{Lu}\p{Ll}/u.test(rest)) continue;
    if (COUNTRY_WORDS.has(head)) return { kind: 'country', text: head };
    if (REGION_WORDS.has(head)) return { kind: 'region', text: head };
  }
  const code = TOWN_AND_POSTCODE.exec(part.trim());
  if (code) return { kind: 'region', text: code[1]! };
  return { kind: null, text: '' };
}

const CONNECTORS = /^(?:de|del|la|le|of|upon|on)$/;
const STREET =
  /\b(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Lane|Ln|Dr|Drive|Way|Court|Ct|Place|Pl|Square|Sq|Hwy|Highway|Suite|Apt)\.?$/;

/** Trailing capitalised words of a part: "…7890 NYC" → "NYC"; a street ("9 Wall St") → null. */
function cityTail(part: string): string | null {
  const words = part.split(/\s+/).filter(Boolean);
  const out: string[] = [];
  for (let i = words.length - 1; i >= 0 && out.length < 4; i--) {
    const w = words[i]!;
    if (out.length > 0 && STREET.test(w)) break;
    // Unicode letters: "São Paulo", "Kraków", "Zürich" are cities too
    if (/^\p{Lu}[\p{L}.'-]*$/u.test(w) || (out.length > 0 && CONNECTORS.test(w))) out.unshift(w);
    else break;
  }
  while (out.length > 0 && CONNECTORS.test(out[0]!)) out.shift();
  const city = out.join(' ');
  return city && !STREET.test(city) ? city : null;
}

/**
 * Large cities a resume header may name alone, without a region or a country ("Tel Aviv",
 * "London"): the world's largest metropolitan areas and capitals where resumes in English are
 * common. A line that is only one of these is a place, not a person.
 */
const STANDALONE_CITIES = new Set(
  (
    'New York|Los Angeles|Chicago|Houston|Phoenix|Philadelphia|San Antonio|San Diego|Dallas|' +
    'San Jose|Austin|San Francisco|Seattle|Boston|Atlanta|Miami|Denver|Washington|Toronto|' +
    'Montreal|Vancouver|Calgary|Ottawa|Mexico City|London|Manchester|Birmingham|Edinburgh|' +
    'Glasgow|Dublin|Paris|Berlin|Munich|Hamburg|Frankfurt|Madrid|Barcelona|Lisbon|Rome|Milan|' +
    'Amsterdam|Rotterdam|Brussels|Zurich|Geneva|Vienna|Prague|Warsaw|Krakow|Budapest|Bucharest|' +
    'Sofia|Athens|Istanbul|Ankara|Kyiv|Kiev|Kharkiv|Lviv|Minsk|Moscow|Saint Petersburg|' +
    'St Petersburg|Riga|Vilnius|Tallinn|Helsinki|Stockholm|Oslo|Copenhagen|Tel Aviv|Tel-Aviv|' +
    'TelAviv|Jerusalem|Haifa|Beer Sheva|Beersheba|Netanya|Herzliya|Rehovot|Ramat Gan|Petah Tikva|' +
    'Rishon LeZion|Ashdod|Holon|Dubai|Abu Dhabi|Doha|Riyadh|Jeddah|Cairo|Lagos|Abuja|Nairobi|' +
    'Accra|Johannesburg|Cape Town|Casablanca|Mumbai|Delhi|New Delhi|Bangalore|Bengaluru|' +
    'Hyderabad|Chennai|Kolkata|Pune|Noida|Gurgaon|Gurugram|Ahmedabad|Karachi|Lahore|Islamabad|' +
    'Dhaka|Colombo|Kathmandu|Singapore|Kuala Lumpur|Jakarta|Manila|Bangkok|Ho Chi Minh City|' +
    'Hanoi|Hong Kong|Shanghai|Beijing|Shenzhen|Taipei|Seoul|Tokyo|Osaka|Sydney|Melbourne|' +
    'Brisbane|Perth|Auckland|Sao Paulo|São Paulo|Rio de Janeiro|Buenos Aires|Santiago|Bogota|' +
    'Bogotá|Lima'
  )
    .toLowerCase()
    .split('|'),
);

/** Whether `s` is, as a whole, a large city named alone (see {@link STANDALONE_CITIES}). */
export function isStandaloneCity(s: string): boolean {
  return STANDALONE_CITIES.has(s.trim().replace(/\s+/g, ' ').toLowerCase());
}

/**
 * Finds a "City, Region[, Country]" or "City, Country" in one line of text.
 * Street parts and postal codes are skipped ("1515 Pacific Ave, Los Angeles, CA 90291" →
 * "Los Angeles, CA"); the city is the nearest capitalised words before the region.
 */
export function findLocation(line: string): string | null {
  for (const segment of line.split(/\s*(?:[|•·●▪◦]|\t+| {3,}| [—–] )\s*/)) {
    const parts = segment
      .split(/\s*,\s*/)
      .map((p) => p.trim())
      .filter((p) => p && !/^[A-Z]?\d[\dA-Z -]{2,9}$/.test(p));
    for (let k = 1; k < parts.length; k++) {
      const place = knownPlace(parts[k]!);
      if (!place.kind) continue;
      const prev = parts[k - 1]!;
      const prevPlace = knownPlace(prev).kind;
      // "New York, USA": a state name can be the city when a country follows it
      if (prevPlace && !(prevPlace === 'region' && place.kind === 'country')) continue;
      const city = cityTail(prev);
      if (!city) continue;
      const out: string[] = [place.text];
      for (let j = k + 1; j < parts.length; j++) {
        const more = knownPlace(parts[j]!);
        if (!more.kind) break;
        out.push(more.text);
      }
      // "Pune, Maharashtra, India": an unknown region between a city and a country
      const before = k >= 2 ? cityTail(parts[k - 2]!) : null;
      if (
        place.kind === 'country' &&
        !prevPlace &&
        before === parts[k - 2] &&
        /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?$/u.test(prev)
      ) {
        return [before, prev, ...out].join(', ');
      }
      return [city, ...out].join(', ');
    }
    // "Israel, Tel-Aviv", "Russia, Fryazino": the country first, then the town, as a whole segment
    const first = parts.length === 2 ? knownPlace(parts[0]!) : null;
    if (first?.kind === 'country' && first.text === parts[0]) {
      const town = parts[1]!;
      if (/^\p{Lu}[\p{L}'-]+(?:[ -]\p{Lu}[\p{L}'-]+){0,2}$/u.test(town)) return `${town}, ${parts[0]}`;
    }
  }
  return null;
}

/** Whether a comma-separated part is (only) a known region or country name. */
export function isPlaceName(part: string): boolean {
  const t = part.trim();
  return COUNTRY_WORDS.has(t) || REGION_WORDS.has(t);
}
