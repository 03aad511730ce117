/** The places the snippets of `snippets/agenda.code-snippets` go into, shared by the unit and integration tests. */

const now = new Date();
export const VARIABLES: Record<string, string> = {
  CURRENT_YEAR: String(now.getFullYear()),
  CURRENT_MONTH: String(now.getMonth() + 1).padStart(2, '0'),
  CURRENT_DATE: String(now.getDate()).padStart(2, '0'),
};
export const TODAY = `${VARIABLES.CURRENT_YEAR}-${VARIABLES.CURRENT_MONTH}-${VARIABLES.CURRENT_DATE}`;

/** A host agenda that names the ids the snippet under test defines; `#HERE` marks where it goes. */
function host(refs: { topics?: string; speakers?: string; partners?: string }, here: 'people' | 'organizations' | 'topics' | 'sessions' | 'items'): string {
  const at = (place: string, indent: string) => (place === here ? `${indent}#HERE\n` : '');
  return `version: 1
event:
  title: Host event
  start: ${TODAY}
  end: ${TODAY}
  partners: ${refs.partners ?? '[host-org]'}
organizations:
  - id: host-org
    name: Host organisation
${at('organizations', '  ')}people:
  - id: host-chair
    name: Host chair
    affiliation: host-org
${at('people', '  ')}topics:
  - id: host-topic
    title: Host topic
${at('topics', '  ')}sessions:
  - id: host-session
    title: Host session
    date: ${TODAY}
    start: "10:00"
    end: "13:00"
    room: Room 1
    chair: host-chair
    speakers: ${refs.speakers ?? '[host-chair]'}
    topics: ${refs.topics ?? '[host-topic]'}
    items:
${here === 'items' ? '      #HERE\n' : '      - time: "12:00"\n        duration: 60\n        title: Closing\n'}${at('sessions', '  ')}`;
}

/** For every snippet but the whole agenda: an agenda that needs it, with `#HERE` (indented) where it goes. */
export const SNIPPET_HOSTS: Record<string, string> = {
  Session: host({}, 'sessions'),
  Break: host({}, 'sessions'),
  'Timed item': host({}, 'items'),
  Topic: host({ topics: '[host-topic, new-topic]' }, 'topics'),
  Person: host({ speakers: '[host-chair, new-person]' }, 'people'),
  Organisation: host({ partners: '[host-org, new-organization]' }, 'organizations'),
};
