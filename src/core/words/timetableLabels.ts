import { programmeLabels, type ProgrammeLabels } from './labels';

/** The words of the timetable, beside the programme's own: its title, the column of sessions without a room, marks. */
export interface TimetableLabels extends ProgrammeLabels {
  timetable: string;
  /** The heading of the column of sessions that name no room. */
  noRoom: string;
  /** On a session booked in its room at the same time as another. */
  roomClash: string;
  /** On the part before midnight of a session that runs into the next day. */
  runsPastMidnight: string;
  /** On the part after midnight of a session that began the day before. */
  fromDayBefore: string;
  /** Heads the list of sessions the timetable cannot place. */
  unplaced: string;
  noStart: string;
  endsBeforeStart: string;
}

type Own = Omit<TimetableLabels, keyof ProgrammeLabels>;

const OWN: Record<string, Own> = {
  en: {
    timetable: 'Timetable', noRoom: 'No room', roomClash: 'Room clash', runsPastMidnight: 'continues after midnight',
    fromDayBefore: 'continued from the day before', unplaced: 'Not on the timetable', noStart: 'no start time',
    endsBeforeStart: 'ends before it starts',
  },
  fr: {
    timetable: 'Grille horaire', noRoom: 'Sans salle', roomClash: 'Conflit de salle', runsPastMidnight: 'se poursuit après minuit',
    fromDayBefore: 'suite de la veille', unplaced: 'Hors de la grille', noStart: 'pas d’heure de début',
    endsBeforeStart: 'se termine avant de commencer',
  },
  es: {
    timetable: 'Horario', noRoom: 'Sin sala', roomClash: 'Conflicto de sala', runsPastMidnight: 'continúa después de medianoche',
    fromDayBefore: 'continuación del día anterior', unplaced: 'Fuera del horario', noStart: 'sin hora de inicio',
    endsBeforeStart: 'termina antes de empezar',
  },
  ar: {
    timetable: 'الجدول الزمني', noRoom: 'بدون قاعة', roomClash: 'تعارض في القاعة', runsPastMidnight: 'يستمر بعد منتصف الليل',
    fromDayBefore: 'تابع من اليوم السابق', unplaced: 'خارج الجدول الزمني', noStart: 'بلا وقت بدء',
    endsBeforeStart: 'ينتهي قبل أن يبدأ',
  },
  ru: {
    timetable: 'Расписание', noRoom: 'Без зала', roomClash: 'Конфликт зала', runsPastMidnight: 'продолжается после полуночи',
    fromDayBefore: 'продолжение с предыдущего дня', unplaced: 'Вне расписания', noStart: 'время начала не указано',
    endsBeforeStart: 'заканчивается раньше, чем начинается',
  },
  zh: {
    timetable: '时间表', noRoom: '未指定会议室', roomClash: '会议室冲突', runsPastMidnight: '持续至午夜后', fromDayBefore: '接前一天',
    unplaced: '未列入时间表', noStart: '未定开始时间', endsBeforeStart: '结束时间早于开始时间',
  },
  de: {
    timetable: 'Zeitplan', noRoom: 'Ohne Raum', roomClash: 'Raumkonflikt', runsPastMidnight: 'geht über Mitternacht hinaus',
    fromDayBefore: 'Fortsetzung vom Vortag', unplaced: 'Nicht im Zeitplan', noStart: 'keine Anfangszeit',
    endsBeforeStart: 'endet vor Beginn',
  },
  it: {
    timetable: 'Orario', noRoom: 'Senza sala', roomClash: 'Conflitto di sala', runsPastMidnight: 'prosegue dopo la mezzanotte',
    fromDayBefore: 'continua dal giorno precedente', unplaced: 'Fuori dall’orario', noStart: 'senza ora di inizio',
    endsBeforeStart: 'finisce prima di iniziare',
  },
  pt: {
    timetable: 'Grade horária', noRoom: 'Sem sala', roomClash: 'Conflito de sala', runsPastMidnight: 'continua após a meia-noite',
    fromDayBefore: 'continuação do dia anterior', unplaced: 'Fora da grade horária', noStart: 'sem hora de início',
    endsBeforeStart: 'termina antes de começar',
  },
  ja: {
    timetable: '時間割', noRoom: '会場未定', roomClash: '会場の重複', runsPastMidnight: '午前0時以降に続く', fromDayBefore: '前日から続く',
    unplaced: '時間割外', noStart: '開始時刻なし', endsBeforeStart: '開始前に終了',
  },
  ko: {
    timetable: '시간표', noRoom: '회의실 없음', roomClash: '회의실 충돌', runsPastMidnight: '자정 이후 계속', fromDayBefore: '전날에서 계속',
    unplaced: '시간표에 없음', noStart: '시작 시간 없음', endsBeforeStart: '시작 전에 끝남',
  },
};

/** The timetable's words in a language (by its primary subtag), in the languages of the programme's words, else English. */
export function timetableLabels(language: string): TimetableLabels {
  const code = language.toLowerCase().split('-')[0];
  return { ...programmeLabels(language), ...(OWN[code] ?? OWN.en) };
}
