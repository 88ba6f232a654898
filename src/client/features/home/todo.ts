// The home screen's "next things to do", counted from the device's data with indexed queries.
import type { Role } from '../../../shared/schemas/user.ts';
import type { AppDatabase } from '../../runtime.ts';
import { isOverdue } from '../../ui/activity-due.ts';
import { countOf, recommendationsWithStatus } from '../../db/queries.ts';

export interface Todo {
  href: string;
  /** Vietnamese, with {n}; translated on screen. */
  text: string;
  n: number;
}

export async function todosFor(database: AppDatabase, role: Role, today: string): Promise<Todo[]> {
  const todos: Todo[] = [];
  // A forum still "planned" after its day: its figures and children's words are waiting.
  const unreported = await database.forums
    .where('date')
    .below(today)
    .filter((forum) => forum.status === 'planned')
    .count();
  todos.push({
    href: '/forums',
    text: '{n} diễn đàn đã qua ngày nhưng chưa cập nhật kết quả',
    n: unreported,
  });
  if (role === 'district' || role === 'province') {
    const pending = await countOf(await recommendationsWithStatus(database, 'pending'));
    todos.push({ href: '/follow-up', text: '{n} kiến nghị chưa có trả lời', n: pending });
    const level = role === 'district' ? ['commune', 'district'] : ['province'];
    const waiting = await database.recommendations
      .where('level')
      .anyOf(level)
      .filter((r) => r.forwardedTo === null)
      .count();
    todos.push({ href: '/forwarding', text: '{n} ý kiến chờ chuyển lên cấp trên', n: waiting });
  }
  if (role === 'province') {
    const overdue = (await database.activities.toArray()).filter((a) => isOverdue(a, today)).length;
    todos.push({
      href: '/work-programme',
      text: '{n} hoạt động quá hạn chưa hoàn thành.',
      n: overdue,
    });
  }
  return todos.filter((todo) => todo.n > 0);
}
