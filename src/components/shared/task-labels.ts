import type { TaskCheck, TaskKind } from '../../api/types.js';
import type { TextKey } from '../../i18n/localize.js';

/** How a task is proved, as the widgets name it. */
export const TASK_KIND: Record<TaskKind, TextKey> = {
  code: 'taskKindCode',
  file: 'taskKindFile',
  text: 'taskKindText',
  questions: 'taskKindQuestions',
};

/** Who checks a task, as the widgets name it. */
export const TASK_CHECK: Record<TaskCheck, TextKey> = {
  auto: 'taskCheckAuto',
  self: 'taskCheckSelf',
  organiser: 'taskCheckOrganiser',
  peer: 'taskCheckPeer',
};
