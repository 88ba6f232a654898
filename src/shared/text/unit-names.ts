// Unit names as a Vietnamese administrative document writes them: "Huyện Ia H'Drai" stands alone
// in a table, but in running text it is "trên địa bàn huyện Ia H'Drai", and in a heading
// "UBND HUYỆN IA H'DRAI". The type word is lower case in running text; the proper name keeps its case.
const TYPE_WORDS = [
  'Thành phố',
  'Thị xã',
  'Thị trấn',
  'Đặc khu',
  'Huyện',
  'Tỉnh',
  'Xã',
  'Phường',
  'Quận',
];

export function inRunningText(name: string): string {
  const word = TYPE_WORDS.find((type) => name.startsWith(`${type} `));
  return word ? `${word.toLowerCase()}${name.slice(word.length)}` : name;
}

/** The proper name without its type word, as the place of a date line: "Kon Rẫy, ngày …". */
export function placeName(name: string): string {
  const word = TYPE_WORDS.find((type) => name.startsWith(`${type} `));
  return word ? name.slice(word.length + 1) : name;
}

/** Numbers as Vietnamese documents write them: 1.234 (a dot groups thousands). */
export const viNumber = (value: number) => value.toLocaleString('vi-VN');
