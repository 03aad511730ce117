import { outputLabels, type OutputLabels } from './outputLabels';

/** The words the printed programme adds around the agenda's own text: the exports' words and a few more. */
export interface ProgrammeLabels extends OutputLabels {
  venue: string;
  dates: string;
  organizers: string;
  partners: string;
  languages: string;
  webPage: string;
  agendaItem: string;
  topicIndex: string;
  notScheduled: string;
  dateToBeAnnounced: string;
  noSessions: string;
  /** `{zone}` stands for the name of the time zone. */
  localTimes: string;
  /** Shown on a reference to an id that nothing defines. */
  unknownReference: string;
  /** Session formats, by their value in the schema. */
  formats: Record<string, string>;
}

type ExtraLabels = Omit<ProgrammeLabels, keyof OutputLabels>;

const EXTRA: Record<string, ExtraLabels> = {
  en: {
    venue: 'Venue', dates: 'Dates', organizers: 'Organized by', partners: 'In partnership with', languages: 'Languages',
    webPage: 'Web page', agendaItem: 'Agenda item', topicIndex: 'Index of topics', notScheduled: 'Not yet on the programme',
    dateToBeAnnounced: 'Date to be announced', noSessions: 'No sessions yet.', localTimes: 'All times are local time ({zone}).',
    unknownReference: 'not defined in this agenda',
    formats: {
      plenary: 'Plenary', panel: 'Panel', keynote: 'Keynote', roundtable: 'Round table', workshop: 'Workshop',
      presentation: 'Presentation', discussion: 'Discussion', ceremony: 'Ceremony', 'side-event': 'Side event',
      break: 'Break', reception: 'Reception', other: 'Other',
    },
  },
  fr: {
    venue: 'Lieu', dates: 'Dates', organizers: 'Organisé par', partners: 'En partenariat avec', languages: 'Langues',
    webPage: 'Page web', agendaItem: 'Point de l’ordre du jour', topicIndex: 'Index des thèmes',
    notScheduled: 'Pas encore au programme', dateToBeAnnounced: 'Date à confirmer', noSessions: 'Aucune séance pour le moment.',
    localTimes: 'Toutes les heures sont en heure locale ({zone}).', unknownReference: 'absent de ce programme',
    formats: {
      plenary: 'Séance plénière', panel: 'Réunion-débat', keynote: 'Discours liminaire', roundtable: 'Table ronde',
      workshop: 'Atelier', presentation: 'Exposé', discussion: 'Débat', ceremony: 'Cérémonie',
      'side-event': 'Manifestation parallèle', break: 'Pause', reception: 'Réception', other: 'Autre',
    },
  },
  es: {
    venue: 'Lugar', dates: 'Fechas', organizers: 'Organizado por', partners: 'En colaboración con', languages: 'Idiomas',
    webPage: 'Página web', agendaItem: 'Tema del programa', topicIndex: 'Índice de temas',
    notScheduled: 'Aún no figura en el programa', dateToBeAnnounced: 'Fecha por confirmar', noSessions: 'Todavía no hay sesiones.',
    localTimes: 'Todas las horas son locales ({zone}).', unknownReference: 'no definido en este programa',
    formats: {
      plenary: 'Sesión plenaria', panel: 'Mesa de debate', keynote: 'Discurso principal', roundtable: 'Mesa redonda',
      workshop: 'Taller', presentation: 'Presentación', discussion: 'Debate', ceremony: 'Ceremonia',
      'side-event': 'Acto paralelo', break: 'Pausa', reception: 'Recepción', other: 'Otro',
    },
  },
  ar: {
    venue: 'المكان', dates: 'التواريخ', organizers: 'تنظيم', partners: 'بالشراكة مع', languages: 'اللغات',
    webPage: 'الصفحة الشبكية', agendaItem: 'البند', topicIndex: 'فهرس المواضيع', notScheduled: 'لم يُدرج في البرنامج بعد',
    dateToBeAnnounced: 'يُحدَّد التاريخ لاحقاً', noSessions: 'لا توجد جلسات بعد.', localTimes: 'جميع الأوقات بالتوقيت المحلي ({zone}).',
    unknownReference: 'غير معرَّف في هذا البرنامج',
    formats: {
      plenary: 'جلسة عامة', panel: 'حلقة نقاش', keynote: 'كلمة رئيسية', roundtable: 'مائدة مستديرة', workshop: 'حلقة عمل',
      presentation: 'عرض', discussion: 'مناقشة', ceremony: 'احتفال', 'side-event': 'حدث جانبي', break: 'استراحة',
      reception: 'حفل استقبال', other: 'أخرى',
    },
  },
  ru: {
    venue: 'Место проведения', dates: 'Даты', organizers: 'Организаторы', partners: 'Партнёры', languages: 'Языки',
    webPage: 'Веб-страница', agendaItem: 'Пункт повестки дня', topicIndex: 'Указатель тем',
    notScheduled: 'Пока не включено в программу', dateToBeAnnounced: 'Дата будет объявлена', noSessions: 'Заседаний пока нет.',
    localTimes: 'Указано местное время ({zone}).', unknownReference: 'не определено в этой программе',
    formats: {
      plenary: 'Пленарное заседание', panel: 'Дискуссионная группа', keynote: 'Основной доклад', roundtable: 'Круглый стол',
      workshop: 'Семинар-практикум', presentation: 'Доклад', discussion: 'Обсуждение', ceremony: 'Церемония',
      'side-event': 'Параллельное мероприятие', break: 'Перерыв', reception: 'Приём', other: 'Другое',
    },
  },
  zh: {
    venue: '地点', dates: '日期', organizers: '主办', partners: '合作伙伴', languages: '语言', webPage: '网页',
    agendaItem: '议程项目', topicIndex: '议题索引', notScheduled: '尚未列入日程', dateToBeAnnounced: '日期待定',
    noSessions: '尚无会议。', localTimes: '所有时间均为当地时间（{zone}）。', unknownReference: '本议程中未定义',
    formats: {
      plenary: '全体会议', panel: '小组讨论', keynote: '主旨发言', roundtable: '圆桌会议', workshop: '讲习班',
      presentation: '专题介绍', discussion: '讨论', ceremony: '仪式', 'side-event': '会外活动', break: '休息',
      reception: '招待会', other: '其他',
    },
  },
};

/**
 * The programme's words in a language (by its primary subtag), in the six official languages of the UN; other
 * languages are printed with the English words.
 */
export function programmeLabels(language: string): ProgrammeLabels {
  const code = language.toLowerCase().split('-')[0];
  const extra = EXTRA[code] ? code : 'en';
  return { ...outputLabels(extra), ...EXTRA[extra] };
}
