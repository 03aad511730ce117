/**
 * The words the exports add around the organiser's own text: in the six official languages of the UN, and in
 * German, Italian, Portuguese, Japanese and Korean.
 */
export interface OutputLabels {
  chair: string;
  moderators: string;
  speakers: string;
  topics: string;
  documents: string;
  programme: string;
  morning: string;
  afternoon: string;
  evening: string;
  tentative: string;
  cancelled: string;
  /** Where a session without a room takes place. */
  roomToBeAnnounced: string;
  /** What stands between a label and its text: `: `, in French a narrow space before the colon, in Chinese `：`. */
  colon: string;
  /** Between the entries of a list: `, `, in Arabic `، `, in Chinese `、`. */
  comma: string;
  /** Between entries that hold commas themselves: `; `, in Arabic `؛ `. */
  semicolon: string;
}

const LABELS: Record<string, OutputLabels> = {
  en: {
    chair: 'Chair', moderators: 'Moderators', speakers: 'Speakers', topics: 'Topics', documents: 'Documents',
    programme: 'Programme', morning: 'Morning', afternoon: 'Afternoon', evening: 'Evening', tentative: 'Tentative',
    cancelled: 'Cancelled', roomToBeAnnounced: 'Room to be announced', colon: ': ', comma: ', ', semicolon: '; ',
  },
  fr: {
    chair: 'Présidence', moderators: 'Modération', speakers: 'Intervenants', topics: 'Thèmes', documents: 'Documents',
    programme: 'Programme', morning: 'Matin', afternoon: 'Après-midi', evening: 'Soir', tentative: 'Provisoire',
    cancelled: 'Annulé', roomToBeAnnounced: 'Salle à confirmer', colon: '\u202f: ', comma: ', ', semicolon: '\u202f; ',
  },
  es: {
    chair: 'Presidencia', moderators: 'Moderación', speakers: 'Ponentes', topics: 'Temas', documents: 'Documentos',
    programme: 'Programa', morning: 'Mañana', afternoon: 'Tarde', evening: 'Noche', tentative: 'Provisional',
    cancelled: 'Cancelado', roomToBeAnnounced: 'Sala por confirmar', colon: ': ', comma: ', ', semicolon: '; ',
  },
  ar: {
    chair: 'الرئاسة', moderators: 'إدارة النقاش', speakers: 'المتحدثون', topics: 'المواضيع', documents: 'الوثائق',
    programme: 'البرنامج', morning: 'صباحاً', afternoon: 'بعد الظهر', evening: 'مساءً', tentative: 'مؤقت',
    cancelled: 'أُلغي', roomToBeAnnounced: 'القاعة تُحدَّد لاحقاً', colon: ': ', comma: '، ', semicolon: '؛ ',
  },
  ru: {
    chair: 'Председатель', moderators: 'Модераторы', speakers: 'Докладчики', topics: 'Темы', documents: 'Документы',
    programme: 'Программа', morning: 'Утро', afternoon: 'День', evening: 'Вечер', tentative: 'Предварительно',
    cancelled: 'Отменено', roomToBeAnnounced: 'Зал будет объявлен', colon: ': ', comma: ', ', semicolon: '; ',
  },
  zh: {
    chair: '主席', moderators: '主持人', speakers: '发言人', topics: '议题', documents: '文件',
    programme: '日程', morning: '上午', afternoon: '下午', evening: '晚上', tentative: '待定',
    cancelled: '已取消', roomToBeAnnounced: '会议室待定', colon: '：', comma: '、', semicolon: '；',
  },
  de: {
    chair: 'Vorsitz', moderators: 'Moderation', speakers: 'Vortragende', topics: 'Themen', documents: 'Dokumente',
    programme: 'Programm', morning: 'Vormittag', afternoon: 'Nachmittag', evening: 'Abend', tentative: 'Vorläufig',
    cancelled: 'Abgesagt', roomToBeAnnounced: 'Raum wird noch bekannt gegeben', colon: ': ', comma: ', ', semicolon: '; ',
  },
  it: {
    chair: 'Presidenza', moderators: 'Moderazione', speakers: 'Relatori', topics: 'Temi', documents: 'Documenti',
    programme: 'Programma', morning: 'Mattina', afternoon: 'Pomeriggio', evening: 'Sera', tentative: 'Provvisorio',
    cancelled: 'Annullato', roomToBeAnnounced: 'Sala da definire', colon: ': ', comma: ', ', semicolon: '; ',
  },
  pt: {
    chair: 'Presidência', moderators: 'Moderação', speakers: 'Oradores', topics: 'Temas', documents: 'Documentos',
    programme: 'Programa', morning: 'Manhã', afternoon: 'Tarde', evening: 'Noite', tentative: 'Provisório',
    cancelled: 'Cancelado', roomToBeAnnounced: 'Sala a confirmar', colon: ': ', comma: ', ', semicolon: '; ',
  },
  ja: {
    chair: '議長', moderators: '司会', speakers: '登壇者', topics: 'テーマ', documents: '資料',
    programme: 'プログラム', morning: '午前', afternoon: '午後', evening: '夜', tentative: '仮',
    cancelled: '中止', roomToBeAnnounced: '会場未定', colon: '：', comma: '、', semicolon: '；',
  },
  ko: {
    chair: '의장', moderators: '사회', speakers: '발표자', topics: '주제', documents: '문서',
    programme: '프로그램', morning: '오전', afternoon: '오후', evening: '저녁', tentative: '잠정',
    cancelled: '취소됨', roomToBeAnnounced: '장소 미정', colon: ': ', comma: ', ', semicolon: '; ',
  },
};

/** The programme's words in a language (by its primary subtag), in English for languages not translated yet. */
export function outputLabels(language: string): OutputLabels {
  return LABELS[language.toLowerCase().split('-')[0]] ?? LABELS.en;
}
