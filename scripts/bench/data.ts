// Benchmark data, generated from a fixed seed: the same records on every run and every machine.
import { recommendationData } from '../../src/shared/testing/fixtures.ts';
import { mulberry32 } from './random.ts';

export const BENCH_DISTRICT = 'ia-h-drai';
const COMMUNES = ['ia-h-drai/ia-dom', 'ia-h-drai/ia-dal', 'ia-h-drai/ia-toi'];

/** The same recommendations every run: the seed fixes texts, themes and units. */
export function benchRecommendations(count: number, seed = 20231): Record<string, unknown>[] {
  const random = mulberry32(seed);
  const themes = [
    'violence-abuse',
    'injury-accident',
    'online-safety',
    'climate-disaster',
    'child-labour',
  ];
  const texts = [
    'Đề nghị xây rào chắn quanh hồ nước gần trường học để phòng đuối nước',
    'Mong muốn có lớp dạy bơi miễn phí cho trẻ em trong mùa hè',
    'Đề nghị lắp đèn chiếu sáng trên đường từ thôn đến trường',
    'Cần tuyên truyền về an toàn khi sử dụng mạng xã hội cho học sinh',
    'Đề nghị có điểm vui chơi an toàn cho trẻ em ở thôn',
  ];
  return Array.from({ length: count }, (_, index) => {
    const unitCode = COMMUNES[index % COMMUNES.length] ?? BENCH_DISTRICT;
    return recommendationData(unitCode, {
      themeCode: themes[Math.floor(random() * themes.length)] ?? 'violence-abuse',
      text: `${texts[Math.floor(random() * texts.length)]} (${index + 1})`,
      speakerAgeBand: (['10-12', '13-15', '16-17'] as const)[Math.floor(random() * 3)] ?? null,
      speakerGender: random() < 0.5 ? 'female' : 'male',
    });
  });
}
