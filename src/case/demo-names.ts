/**
 * Synthetic names for the demo cases: a given name and a family name drawn by the case's number from short lists
 * per language area of the nationality, so a demo caseload reads like a real one. No real person is meant; the
 * combinations are mechanical. Drawn apart from the demo's seeded stream, so adding names changed no other value.
 */

const AREA: Readonly<Record<string, 'ar' | 'ti' | 'fa' | 'tr' | 'so' | 'other'>> = {
  SY: 'ar',
  YE: 'ar',
  IQ: 'ar',
  SD: 'ar',
  MA: 'ar',
  ER: 'ti',
  AF: 'fa',
  IR: 'fa',
  TR: 'tr',
  SO: 'so',
};

const GIVEN = {
  ar: [
    'Amira',
    'Omar',
    'Layla',
    'Yusuf',
    'Nour',
    'Karim',
    'Rania',
    'Samir',
    'Hiba',
    'Tariq',
    'Salma',
    'Fadi',
  ],
  ti: ['Selam', 'Yonas', 'Helen', 'Dawit', 'Rahel', 'Tesfay', 'Senait', 'Mehari', 'Luwam', 'Biniam'],
  fa: ['Farid', 'Maryam', 'Reza', 'Shirin', 'Ahmad', 'Parisa', 'Hamid', 'Zahra', 'Navid', 'Leila'],
  tr: ['Emre', 'Ayşe', 'Mehmet', 'Elif', 'Burak', 'Zeynep', 'Can', 'Özlem', 'Hakan', 'Derya'],
  so: ['Abdi', 'Hodan', 'Mahad', 'Sahra', 'Liban', 'Ifrah', 'Bashir', 'Nimco'],
  other: ['Ana', 'Ravi', 'Mei', 'Lucas', 'Priya', 'Jun', 'Olga', 'Daniel', 'Siti', 'Marco', 'Anh', 'Irina'],
} as const;

const FAMILY = {
  ar: [
    'Haddad',
    'Al-Khatib',
    'Mansour',
    'Nasser',
    'Saleh',
    'El Amrani',
    'Darwish',
    'Khoury',
    'Azzam',
    'Bakri',
  ],
  ti: ['Tesfaye', 'Gebremedhin', 'Haile', 'Kidane', 'Berhane', 'Tekle', 'Asmerom', 'Woldu'],
  fa: ['Ahmadi', 'Karimi', 'Hosseini', 'Rahimi', 'Mohammadi', 'Sadeghi', 'Noori', 'Jafari'],
  tr: ['Yılmaz', 'Özdemir', 'Kaya', 'Demir', 'Çelik', 'Şahin', 'Aydın', 'Arslan'],
  so: ['Warsame', 'Farah', 'Hassan', 'Jama', 'Abdullahi', 'Osman'],
  other: ['Silva', 'Sharma', 'Chen', 'Santos', 'Reyes', 'Ivanova', 'Nguyen', 'Kovalenko', 'Wijaya', 'Rossi'],
} as const;

/** The name of demo case number `n` of a person of `nationality` (ISO 3166 alpha-2). */
export function demoName(n: number, nationality: string): string {
  const area = AREA[nationality] ?? 'other';
  // Two independent positions from one number (a multiplicative hash), so neighbours differ in both parts.
  const h = Math.imul(n + 1, 2654435761) >>> 0;
  const given = GIVEN[area];
  const family = FAMILY[area];
  return `${given[h % given.length]} ${family[(h >>> 8) % family.length]}`;
}
