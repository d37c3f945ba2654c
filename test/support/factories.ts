// Minimal valid payloads. Names are drawn so that two calls do not look like the same person.
const GIVEN = [
  'Arash',
  'Bahar',
  'Daryush',
  'Elham',
  'Farid',
  'Golnar',
  'Hamid',
  'Jamileh',
  'Kamran',
  'Leyli',
  'Mehrdad',
  'Nasrin',
  'Omid',
  'Parvin',
  'Ramin',
  'Sima',
  'Taher',
  'Vida',
];
const FAMILY = [
  'Bakhtiari',
  'Dehghan',
  'Esfandiari',
  'Ghaffari',
  'Jahanbani',
  'Kazemzadeh',
  'Lotfabadi',
  'Moradkhani',
  'Najafabadi',
  'Pourshariati',
  'Rostamzadeh',
  'Sotoudeh',
  'Tabrizchi',
  'Vaziri',
  'Yazdanpanah',
  'Zarghami',
];

let n = 0;

export function uniquePerson(overrides: Record<string, unknown> = {}) {
  n += 1;
  const seed = n * 7919 + process.pid;
  return {
    givenName: `${GIVEN[seed % GIVEN.length]}`,
    familyName: `${FAMILY[Math.floor(seed / GIVEN.length) % FAMILY.length]}${String.fromCharCode(97 + (seed % 26))}${String.fromCharCode(97 + ((seed >> 5) % 26))}${'qxz'[n % 3]}`,
    sex: 'female',
    dateOfBirth: `${1950 + (seed % 60)}-${String(1 + (seed % 12)).padStart(2, '0')}-${String(1 + (seed % 28)).padStart(2, '0')}`,
    dateOfBirthPrecision: 'day',
    nationality: 'IRN',
    provinceCode: '34',
    entryType: 'regular',
    ...overrides,
  };
}
