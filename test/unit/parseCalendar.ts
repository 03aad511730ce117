import ICAL from 'ical.js';

export interface ParsedEvent {
  uid: string;
  start: string;
  end: string | null;
  startZone: string;
  summary: string;
  location: string | null;
  description: string;
  status: string | null;
  url: string | null;
  allDay: boolean;
}

/** Parses iCalendar text with ical.js, an independent parser, using only the time zones the file itself defines. */
export function parseCalendar(text: string): { calendar: ICAL.Component; events: ParsedEvent[] } {
  ICAL.TimezoneService.reset();
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const events = calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      start: event.startDate.isDate ? event.startDate.toString() : event.startDate.toJSDate().toISOString(),
      end: event.endDate && component.hasProperty('dtend') ? event.endDate.toJSDate().toISOString() : null,
      startZone: event.startDate.zone?.tzid ?? '',
      summary: event.summary,
      location: event.location,
      description: event.description,
      status: component.getFirstPropertyValue('status') as string | null,
      url: component.getFirstPropertyValue('url') as string | null,
      allDay: event.startDate.isDate,
    };
  });
  return { calendar, events };
}
