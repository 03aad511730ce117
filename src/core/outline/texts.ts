import type { Node } from 'yaml';
import type { AgendaEntities, Definition } from '../parse/entities';
import { scalarText, valueOf } from '../parse/nodes';
import { dateLocale, formatBriefDay, formatDateRange, formatDay, formatTimeRange } from '../time/dates';
import type { SessionTime } from '../time/time';
import type { OutlineWords } from '../words/outlineWords';
import { personDisplayName } from '../words/people';
import { oneLine, textLine } from '../words/text';

/** A text with its first letter in capitals. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** `10:00–13:00`, `17:30` for a moment or without an end, nothing without a start. */
export function clock(start: number | undefined, end: number | undefined): string {
  return formatTimeRange(start, end) ?? '';
}

/**
 * The words of the outline's labels and tooltips: texts of the agenda in the outline's languages, names, days and
 * dates in its locale, the interface's own words. It reads; the builder puts the nodes together.
 */
export class OutlineTexts {
  private readonly languages: string[];
  private readonly locale: string;
  private readonly dayLabels = new Map<string, string>();
  /** What the outline asks again and again of the same entry, read once per outline. */
  private readonly shortDays = new Map<string, string>();
  private readonly names = new Map<string, string>();
  private readonly affiliations = new Map<string, string | undefined>();
  private readonly topicTitles = new Map<string, string>();
  private readonly personTooltips = new Map<Definition, string>();

  constructor(private readonly entities: AgendaEntities, private readonly words: OutlineWords, locale: string, declared: readonly string[]) {
    this.locale = dateLocale(locale);
    this.languages = [locale.split('-')[0].toLowerCase(), ...declared];
  }

  /** A text field on one line, in the outline's languages. */
  text(node: Node | null | undefined): string | undefined {
    return textLine(node, this.languages);
  }

  /** A list entry written as plain text (`- Keynote`) rather than as a mapping. */
  plain(node: Node | null | undefined): string | undefined {
    const text = scalarText(node);
    return text === undefined ? undefined : oneLine(text) || undefined;
  }

  /** A day as a heading ("Friday, 24 April 2020"), or the words for no date. */
  dayLabel(key: string): string {
    if (!key) return this.words.noDate;
    let label = this.dayLabels.get(key);
    if (label === undefined) this.dayLabels.set(key, (label = capitalize(formatDay(key, this.locale))));
    return label;
  }

  /** A day in a list ("Fri 24 Apr"). */
  shortDay(key: string): string {
    let label = this.shortDays.get(key);
    if (label === undefined) this.shortDays.set(key, (label = key ? formatBriefDay(key, this.locale) : ''));
    return label;
  }

  /** The dates of the event ("24–25 April 2020"). */
  eventDates(start: string | undefined, end: string | undefined): string {
    return formatDateRange(start, end, this.locale) ?? '';
  }

  /** A topic's title, or its id when nothing defines it. */
  topicTitle(id: string): string {
    let title = this.topicTitles.get(id);
    if (title === undefined) {
      const definition = this.entities.byId.topic.get(id);
      this.topicTitles.set(id, (title = (definition && this.text(valueOf(definition.node, 'title'))) ?? id));
    }
    return title;
  }

  /** A person's display name (`personDisplayName`), or their id when nothing defines them. */
  personName(id: string): string {
    let name = this.names.get(id);
    if (name === undefined) this.names.set(id, (name = personDisplayName(this.entities.byId.person.get(id)?.node, this.languages) ?? id));
    return name;
  }

  /** The acronym or name of a person's organisation. */
  affiliation(id: string): string | undefined {
    if (this.affiliations.has(id)) return this.affiliations.get(id);
    const affiliation = this.readAffiliation(id);
    this.affiliations.set(id, affiliation);
    return affiliation;
  }

  private readAffiliation(id: string): string | undefined {
    const person = this.entities.byId.person.get(id);
    const organization = this.entities.byId.organization.get(scalarText(valueOf(person?.node, 'affiliation')) ?? '');
    return organization && (this.text(valueOf(organization.node, 'acronym')) ?? this.text(valueOf(organization.node, 'name')));
  }

  /** A topic's title and description. */
  topicTooltip(definition: Definition): string {
    const description = this.text(valueOf(definition.node, 'description'));
    return [this.topicTitle(definition.id), description].filter(Boolean).join('\n');
  }

  /** A person's name, position, organisation and country, a line each. */
  personTooltip(definition: Definition): string {
    let tooltip = this.personTooltips.get(definition);
    if (tooltip === undefined) this.personTooltips.set(definition, (tooltip = this.readPersonTooltip(definition)));
    return tooltip;
  }

  private readPersonTooltip(definition: Definition): string {
    const person = definition.node;
    const organization = this.entities.byId.organization.get(scalarText(valueOf(person, 'affiliation')) ?? '');
    return [
      this.personName(definition.id),
      this.text(valueOf(person, 'position')),
      organization && this.text(valueOf(organization.node, 'name')),
      scalarText(valueOf(person, 'country')),
    ].filter(Boolean).join('\n');
  }

  /** When a session is on its day: its hours, else its part of the day. */
  sessionClock({ start, end, part }: SessionTime): string {
    return start !== undefined ? clock(start, end) : part ? capitalize(this.words.part(part)) : '';
  }
}
