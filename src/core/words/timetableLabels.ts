import { programmeLabels, type ProgrammeLabels } from './labels';

/** The words of the timetable, beside the programme's own: its title, the column of sessions without a room, marks. */
export interface TimetableLabels extends ProgrammeLabels {
  timetable: string;
  /** The heading of the column of sessions that name no room. */
  noRoom: string;
  /** On a session booked in its room at the same time as another. */
  roomClash: string;
  /** On the part before midnight of a session that runs into the next day. */
  continues: string;
  /** On the part after midnight of a session that began the day before. */
  continued: string;
  /** Heads the list of sessions the timetable cannot place. */
  unplaced: string;
  noStart: string;
  endsBeforeStart: string;
}

type Own = Omit<TimetableLabels, keyof ProgrammeLabels>;

const OWN: Record<string, Own> = {
  en: {
    timetable: 'Timetable', noRoom: 'No room', roomClash: 'Room clash', continues: 'continues after midnight',
    continued: 'continued from the day before', unplaced: 'Not on the timetable', noStart: 'no start time',
    endsBeforeStart: 'ends before it starts',
  },
  fr: {
    timetable: 'Grille horaire', noRoom: 'Sans salle', roomClash: 'Conflit de salle', continues: 'se poursuit après minuit',
    continued: 'suite de la veille', unplaced: 'Hors de la grille', noStart: 'pas d’heure de début',
    endsBeforeStart: 'se termine avant de commencer',
  },
  es: {
    timetable: 'Horario', noRoom: 'Sin sala', roomClash: 'Conflicto de sala', continues: 'continúa después de medianoche',
    continued: 'continuación del día anterior', unplaced: 'Fuera del horario', noStart: 'sin hora de inicio',
    endsBeforeStart: 'termina antes de empezar',
  },
  ar: {
    timetable: 'الجدول الزمني', noRoom: 'بدون قاعة', roomClash: 'تعارض في القاعة', continues: 'يستمر بعد منتصف الليل',
    continued: 'تابع من اليوم السابق', unplaced: 'خارج الجدول الزمني', noStart: 'بلا وقت بدء',
    endsBeforeStart: 'ينتهي قبل أن يبدأ',
  },
  ru: {
    timetable: 'Расписание', noRoom: 'Без зала', roomClash: 'Конфликт зала', continues: 'продолжается после полуночи',
    continued: 'продолжение с предыдущего дня', unplaced: 'Вне расписания', noStart: 'время начала не указано',
    endsBeforeStart: 'заканчивается раньше, чем начинается',
  },
  zh: {
    timetable: '时间表', noRoom: '未指定会议室', roomClash: '会议室冲突', continues: '持续至午夜后', continued: '接前一天',
    unplaced: '未列入时间表', noStart: '未定开始时间', endsBeforeStart: '结束时间早于开始时间',
  },
};

/** The timetable's words in a language (by its primary subtag), in the six official languages of the UN, else English. */
export function timetableLabels(language: string): TimetableLabels {
  const code = language.toLowerCase().split('-')[0];
  return { ...programmeLabels(language), ...(OWN[code] ?? OWN.en) };
}
