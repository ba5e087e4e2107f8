import type { FactList } from "@/lib/content";

/** A section's facts as labelled lists; the label's heading level fits the section it sits in. */
export function FactLists({ lists, headingLevel = 3 }: { lists: FactList[]; headingLevel?: 3 | 4 }) {
  const Heading = headingLevel === 4 ? "h4" : "h3";
  return (
    <>
      {lists.map((list) => (
        <div key={list.label} className="fact-list">
          <Heading className="fact-list__label">{list.label}</Heading>
          <ul>
            {list.items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}
