import { outputLabels, type OutputLabels } from './outputLabels';

/** The words the printed programme and its timetable add around the agenda's own text: the exports' words and more. */
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
  /** Over sessions that run at the same time, side by side. */
  parallelSessions: string;
  /** The title of the marker after a time of the next day (a session past midnight). */
  nextDay: string;
  track: string;
  agendaItems: string;
  /** After an agenda item taken up again. */
  continued: string;
  coChairs: string;
  /** How people attend, by the value of `mode`. */
  modes: Record<string, string>;
  joinOnline: string;
  registration: string;
  /** `{date}` stands for the registration deadline. */
  registerBy: string;
  interpretation: string;
  /** Over how people attend: in person, online, registration, interpretation. */
  attendance: string;
  authors: string;
  paper: string;
  /** The title of the timetable, after the programme. */
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
    parallelSessions: 'Parallel sessions', nextDay: 'the next day', track: 'Track', agendaItems: 'Agenda items',
    continued: 'continued', coChairs: 'Co-Chairs', modes: { 'in-person': 'In person', online: 'Online', hybrid: 'In person and online' },
    joinOnline: 'Join online', registration: 'Registration', registerBy: 'by {date}', interpretation: 'Interpretation', attendance: 'Attendance',
    authors: 'Authors', paper: 'Paper',
    timetable: 'Timetable', noRoom: 'No room', roomClash: 'Room clash', runsPastMidnight: 'continues after midnight',
    fromDayBefore: 'continued from the day before', unplaced: 'Not on the timetable', noStart: 'no start time',
    endsBeforeStart: 'ends before it starts',
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
    parallelSessions: 'Séances parallèles', nextDay: 'le lendemain', track: 'Filière', agendaItems: 'Points de l’ordre du jour',
    continued: 'suite', coChairs: 'Coprésidence', modes: { 'in-person': 'En présentiel', online: 'En ligne', hybrid: 'En présentiel et en ligne' },
    joinOnline: 'Participer en ligne', registration: 'Inscription', registerBy: 'avant le {date}', interpretation: 'Interprétation', attendance: 'Participation',
    authors: 'Auteurs', paper: 'Article',
    timetable: 'Grille horaire', noRoom: 'Sans salle', roomClash: 'Conflit de salle', runsPastMidnight: 'se poursuit après minuit',
    fromDayBefore: 'suite de la veille', unplaced: 'Hors de la grille', noStart: 'pas d’heure de début',
    endsBeforeStart: 'se termine avant de commencer',
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
    parallelSessions: 'Sesiones paralelas', nextDay: 'el día siguiente', track: 'Línea temática', agendaItems: 'Temas del programa',
    continued: 'continuación', coChairs: 'Copresidencia', modes: { 'in-person': 'Presencial', online: 'En línea', hybrid: 'Presencial y en línea' },
    joinOnline: 'Participar en línea', registration: 'Inscripción', registerBy: 'hasta el {date}', interpretation: 'Interpretación', attendance: 'Participación',
    authors: 'Autores', paper: 'Artículo',
    timetable: 'Horario', noRoom: 'Sin sala', roomClash: 'Conflicto de sala', runsPastMidnight: 'continúa después de medianoche',
    fromDayBefore: 'continuación del día anterior', unplaced: 'Fuera del horario', noStart: 'sin hora de inicio',
    endsBeforeStart: 'termina antes de empezar',
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
    parallelSessions: 'جلسات متوازية', nextDay: 'في اليوم التالي', track: 'المسار', agendaItems: 'بنود جدول الأعمال',
    continued: 'تابع', coChairs: 'الرئاسة المشتركة', modes: { 'in-person': 'حضورياً', online: 'عبر الإنترنت', hybrid: 'حضورياً وعبر الإنترنت' },
    joinOnline: 'المشاركة عبر الإنترنت', registration: 'التسجيل', registerBy: 'قبل {date}', interpretation: 'الترجمة الشفوية', attendance: 'المشاركة',
    authors: 'المؤلفون', paper: 'الورقة',
    timetable: 'الجدول الزمني', noRoom: 'بدون قاعة', roomClash: 'تعارض في القاعة', runsPastMidnight: 'يستمر بعد منتصف الليل',
    fromDayBefore: 'تابع من اليوم السابق', unplaced: 'خارج الجدول الزمني', noStart: 'بلا وقت بدء',
    endsBeforeStart: 'ينتهي قبل أن يبدأ',
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
    parallelSessions: 'Параллельные заседания', nextDay: 'на следующий день', track: 'Секция', agendaItems: 'Пункты повестки дня',
    continued: 'продолжение', coChairs: 'Сопредседатели', modes: { 'in-person': 'Очно', online: 'Онлайн', hybrid: 'Очно и онлайн' },
    joinOnline: 'Подключиться онлайн', registration: 'Регистрация', registerBy: 'до {date}', interpretation: 'Устный перевод', attendance: 'Участие',
    authors: 'Авторы', paper: 'Статья',
    timetable: 'Расписание', noRoom: 'Без зала', roomClash: 'Конфликт зала', runsPastMidnight: 'продолжается после полуночи',
    fromDayBefore: 'продолжение с предыдущего дня', unplaced: 'Вне расписания', noStart: 'время начала не указано',
    endsBeforeStart: 'заканчивается раньше, чем начинается',
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
    parallelSessions: '平行会议', nextDay: '次日', track: '分会场', agendaItems: '议程项目',
    continued: '续', coChairs: '联合主席', modes: { 'in-person': '现场', online: '线上', hybrid: '现场和线上' },
    joinOnline: '在线参加', registration: '报名', registerBy: '截止日期：{date}', interpretation: '口译', attendance: '参会方式',
    authors: '作者', paper: '论文',
    timetable: '时间表', noRoom: '未指定会议室', roomClash: '会议室冲突', runsPastMidnight: '持续至午夜后', fromDayBefore: '接前一天',
    unplaced: '未列入时间表', noStart: '未定开始时间', endsBeforeStart: '结束时间早于开始时间',
  },
  de: {
    venue: 'Tagungsort', dates: 'Daten', organizers: 'Veranstaltet von', partners: 'In Partnerschaft mit', languages: 'Sprachen',
    webPage: 'Webseite', agendaItem: 'Tagesordnungspunkt', topicIndex: 'Themenverzeichnis', notScheduled: 'Noch nicht im Programm',
    dateToBeAnnounced: 'Datum wird noch bekannt gegeben', noSessions: 'Noch keine Sitzungen.', localTimes: 'Alle Zeiten sind Ortszeit ({zone}).',
    unknownReference: 'in dieser Agenda nicht definiert',
    formats: {
      plenary: 'Plenarsitzung', panel: 'Podiumsdiskussion', keynote: 'Hauptvortrag', roundtable: 'Runder Tisch', workshop: 'Workshop',
      presentation: 'Vortrag', discussion: 'Diskussion', ceremony: 'Zeremonie', 'side-event': 'Begleitveranstaltung',
      break: 'Pause', reception: 'Empfang', other: 'Sonstiges',
    },
    parallelSessions: 'Parallele Sitzungen', nextDay: 'am nächsten Tag', track: 'Themenstrang', agendaItems: 'Tagesordnungspunkte',
    continued: 'Fortsetzung', coChairs: 'Ko-Vorsitz', modes: { 'in-person': 'Vor Ort', online: 'Online', hybrid: 'Vor Ort und online' },
    joinOnline: 'Online teilnehmen', registration: 'Anmeldung', registerBy: 'bis {date}', interpretation: 'Dolmetschen', attendance: 'Teilnahme',
    authors: 'Autorinnen und Autoren', paper: 'Beitrag',
    timetable: 'Zeitplan', noRoom: 'Ohne Raum', roomClash: 'Raumkonflikt', runsPastMidnight: 'geht über Mitternacht hinaus',
    fromDayBefore: 'Fortsetzung vom Vortag', unplaced: 'Nicht im Zeitplan', noStart: 'keine Anfangszeit',
    endsBeforeStart: 'endet vor Beginn',
  },
  it: {
    venue: 'Sede', dates: 'Date', organizers: 'Organizzato da', partners: 'In collaborazione con', languages: 'Lingue',
    webPage: 'Pagina web', agendaItem: 'Punto all’ordine del giorno', topicIndex: 'Indice dei temi', notScheduled: 'Non ancora in programma',
    dateToBeAnnounced: 'Data da definire', noSessions: 'Ancora nessuna sessione.', localTimes: 'Tutti gli orari sono locali ({zone}).',
    unknownReference: 'non definito in questo programma',
    formats: {
      plenary: 'Sessione plenaria', panel: 'Tavola rotonda', keynote: 'Relazione principale', roundtable: 'Tavola rotonda', workshop: 'Workshop',
      presentation: 'Presentazione', discussion: 'Discussione', ceremony: 'Cerimonia', 'side-event': 'Evento collaterale',
      break: 'Pausa', reception: 'Ricevimento', other: 'Altro',
    },
    parallelSessions: 'Sessioni parallele', nextDay: 'il giorno dopo', track: 'Percorso', agendaItems: 'Punti all’ordine del giorno',
    continued: 'seguito', coChairs: 'Copresidenza', modes: { 'in-person': 'In presenza', online: 'Online', hybrid: 'In presenza e online' },
    joinOnline: 'Partecipa online', registration: 'Iscrizione', registerBy: 'entro il {date}', interpretation: 'Interpretazione', attendance: 'Partecipazione',
    authors: 'Autori', paper: 'Articolo',
    timetable: 'Orario', noRoom: 'Senza sala', roomClash: 'Conflitto di sala', runsPastMidnight: 'prosegue dopo la mezzanotte',
    fromDayBefore: 'continua dal giorno precedente', unplaced: 'Fuori dall’orario', noStart: 'senza ora di inizio',
    endsBeforeStart: 'finisce prima di iniziare',
  },
  pt: {
    venue: 'Local', dates: 'Datas', organizers: 'Organização', partners: 'Em parceria com', languages: 'Idiomas',
    webPage: 'Página web', agendaItem: 'Item da agenda', topicIndex: 'Índice de temas', notScheduled: 'Ainda não programado',
    dateToBeAnnounced: 'Data a confirmar', noSessions: 'Ainda não há sessões.', localTimes: 'Todos os horários são locais ({zone}).',
    unknownReference: 'não definido nesta agenda',
    formats: {
      plenary: 'Sessão plenária', panel: 'Painel', keynote: 'Palestra principal', roundtable: 'Mesa-redonda', workshop: 'Oficina',
      presentation: 'Apresentação', discussion: 'Debate', ceremony: 'Cerimônia', 'side-event': 'Evento paralelo',
      break: 'Intervalo', reception: 'Recepção', other: 'Outro',
    },
    parallelSessions: 'Sessões paralelas', nextDay: 'no dia seguinte', track: 'Trilha', agendaItems: 'Itens da agenda',
    continued: 'continuação', coChairs: 'Copresidência', modes: { 'in-person': 'Presencial', online: 'On-line', hybrid: 'Presencial e on-line' },
    joinOnline: 'Participar on-line', registration: 'Inscrição', registerBy: 'até {date}', interpretation: 'Interpretação', attendance: 'Participação',
    authors: 'Autores', paper: 'Artigo',
    timetable: 'Grade horária', noRoom: 'Sem sala', roomClash: 'Conflito de sala', runsPastMidnight: 'continua após a meia-noite',
    fromDayBefore: 'continuação do dia anterior', unplaced: 'Fora da grade horária', noStart: 'sem hora de início',
    endsBeforeStart: 'termina antes de começar',
  },
  ja: {
    venue: '会場', dates: '日程', organizers: '主催', partners: '協力', languages: '言語',
    webPage: 'ウェブページ', agendaItem: '議題', topicIndex: 'テーマ索引', notScheduled: '未定',
    dateToBeAnnounced: '日付未定', noSessions: 'セッションはまだありません。', localTimes: '時刻はすべて現地時間（{zone}）です。',
    unknownReference: 'このアジェンダで定義されていません',
    formats: {
      plenary: '全体会議', panel: 'パネル', keynote: '基調講演', roundtable: 'ラウンドテーブル', workshop: 'ワークショップ',
      presentation: '発表', discussion: '討論', ceremony: '式典', 'side-event': 'サイドイベント',
      break: '休憩', reception: 'レセプション', other: 'その他',
    },
    parallelSessions: '並行セッション', nextDay: '翌日', track: 'トラック', agendaItems: '議題',
    continued: '続き', coChairs: '共同議長', modes: { 'in-person': '対面', online: 'オンライン', hybrid: '対面とオンライン' },
    joinOnline: 'オンラインで参加', registration: '参加登録', registerBy: '締切：{date}', interpretation: '通訳', attendance: '参加方法',
    authors: '著者', paper: '論文',
    timetable: '時間割', noRoom: '会場未定', roomClash: '会場の重複', runsPastMidnight: '午前0時以降に続く', fromDayBefore: '前日から続く',
    unplaced: '時間割外', noStart: '開始時刻なし', endsBeforeStart: '開始前に終了',
  },
  ko: {
    venue: '장소', dates: '일정', organizers: '주최', partners: '협력', languages: '언어',
    webPage: '웹페이지', agendaItem: '의제', topicIndex: '주제 색인', notScheduled: '아직 일정에 없음',
    dateToBeAnnounced: '날짜 미정', noSessions: '아직 세션이 없습니다.', localTimes: '모든 시간은 현지 시간({zone})입니다.',
    unknownReference: '이 아젠다에 정의되지 않음',
    formats: {
      plenary: '전체 회의', panel: '패널 토론', keynote: '기조연설', roundtable: '원탁회의', workshop: '워크숍',
      presentation: '발표', discussion: '토론', ceremony: '의식', 'side-event': '부대 행사',
      break: '휴식', reception: '리셉션', other: '기타',
    },
    parallelSessions: '병행 세션', nextDay: '다음 날', track: '트랙', agendaItems: '의제',
    continued: '계속', coChairs: '공동 의장', modes: { 'in-person': '대면', online: '온라인', hybrid: '대면 및 온라인' },
    joinOnline: '온라인 참여', registration: '등록', registerBy: '{date}까지', interpretation: '통역', attendance: '참가 방법',
    authors: '저자', paper: '논문',
    timetable: '시간표', noRoom: '회의실 없음', roomClash: '회의실 충돌', runsPastMidnight: '자정 이후 계속', fromDayBefore: '전날에서 계속',
    unplaced: '시간표에 없음', noStart: '시작 시간 없음', endsBeforeStart: '시작 전에 끝남',
  },
};

/**
 * The programme's words in a language (by its primary subtag): the six official languages of the UN, German,
 * Italian, Portuguese, Japanese and Korean; other languages are printed with the English words.
 */
export function programmeLabels(language: string): ProgrammeLabels {
  const code = language.toLowerCase().split('-')[0];
  const extra = EXTRA[code] ? code : 'en';
  return { ...outputLabels(extra), ...EXTRA[extra] };
}
