// Foreigner identification number (Yabancı Kimlik Numarası): 11 digits, always starting 99,
// with the two check digits of the Turkish identity-number algorithm [AIDA-TP-ID] [HELP-reg].
//   d10 = (7 × (d1+d3+d5+d7+d9) − (d2+d4+d6+d8)) mod 10
//   d11 = (d1 + … + d10) mod 10

export type ForeignerIdProblem = 'format' | 'prefix' | 'check_digit';

function checkDigits(firstNine: readonly number[]): [number, number] {
  const odd = firstNine[0]! + firstNine[2]! + firstNine[4]! + firstNine[6]! + firstNine[8]!;
  const even = firstNine[1]! + firstNine[3]! + firstNine[5]! + firstNine[7]!;
  const tenth = (((7 * odd - even) % 10) + 10) % 10;
  const eleventh = (firstNine.reduce((sum, d) => sum + d, 0) + tenth) % 10;
  return [tenth, eleventh];
}

/** Returns why a number is not a valid foreigner ID number, or null when it is valid. */
export function foreignerIdProblem(value: string): ForeignerIdProblem | null {
  if (!/^\d{11}$/.test(value)) return 'format';
  if (!value.startsWith('99')) return 'prefix';
  return hasIdentityCheckDigits(value) ? null : 'check_digit';
}

/** True when an 11-digit number carries correct Turkish identity-number check digits. */
export function hasIdentityCheckDigits(value: string): boolean {
  if (!/^\d{11}$/.test(value)) return false;
  const digits = [...value].map(Number);
  const [tenth, eleventh] = checkDigits(digits.slice(0, 9));
  return digits[9] === tenth && digits[10] === eleventh;
}

export function isValidForeignerId(value: string): boolean {
  return foreignerIdProblem(value) === null;
}

/** Builds the number for a serial (1 … 9,999,999) drawn from the database sequence. */
export function foreignerIdFromSerial(serial: number): string {
  if (!Number.isInteger(serial) || serial < 1 || serial > 9_999_999) {
    throw new RangeError(`foreigner ID serial out of range: ${serial}`);
  }
  const firstNine = `99${String(serial).padStart(7, '0')}`;
  const [tenth, eleventh] = checkDigits([...firstNine].map(Number));
  return `${firstNine}${tenth}${eleventh}`;
}

/** Written as UNHCR Help writes it: "99 xxx xxx xxx" groups are easier to read aloud. */
export function formatForeignerId(value: string): string {
  return `${value.slice(0, 2)} ${value.slice(2, 5)} ${value.slice(5, 8)} ${value.slice(8)}`;
}
