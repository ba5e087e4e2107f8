import Link from "next/link";
import { ReviewDates } from "@/components/content";
import { PRIVACY_NOTICE_DATES } from "@/lib/site";
import { homePath, plural } from "@/lib/shared";
import { Contents } from "@/components/shared";

/*
 * The privacy notice for readers' feedback ("Is this page useful?" and "Report a problem with this page"), and for
 * the searches that find nothing, in plain English. Everything it says is true of the code: what is stored is lib/feedback/schema.ts, what is
 * removed is lib/feedback/redact.ts, the rate limit's hashed key is lib/feedback/client.ts, and how long answers
 * are kept is FEEDBACK_RETENTION_DAYS (lib/feedback/retention.ts), read when the site is built (the route passes
 * it and the form's labels in, so the site's components need not load the feedback store). It names no
 * organisation, contact address or legal basis, because the project has none to give: change it when it does.
 */

const SECTIONS = [
  { id: "what-we-store", heading: "What we store when you send feedback" },
  { id: "what-we-do-not-store", heading: "What we do not store with your answer" },
  { id: "what-we-remove", heading: "Personal details we remove" },
  { id: "how-long", heading: "How long we keep it" },
  { id: "searches", heading: "Searches that find nothing" },
  { id: "who-can-read-it", heading: "Who can read it and what it is used for" },
  { id: "questions", heading: "Your feedback is anonymous" },
] as const;

/** The problem form's two questions, as the form asks them. */
export interface ProblemLabels {
  whatDoing: string;
  whatWrong: string;
}

type SectionId = (typeof SECTIONS)[number]["id"];
const heading = (id: SectionId) => SECTIONS.find((section) => section.id === id)!.heading;

function H2({ id }: { id: SectionId }) {
  return <h2 id={id}>{heading(id)}</h2>;
}

/** What is stored with an answer, and what is not. */
function WhatWeStore({ labels }: { labels: ProblemLabels }) {
  return (
    <>
      <H2 id="what-we-store" />
      <p>
        At the end of every role and industry page, we ask &ldquo;Is this page useful?&rdquo;, and you can &ldquo;Report
        a problem with this page&rdquo;. When you send an answer, we store:
      </p>
      <ul>
        <li>the address of the page you were on</li>
        <li>
          your answer: Yes or No or, if you report a problem, what you typed under &ldquo;
          {labels.whatDoing}&rdquo; and &ldquo;{labels.whatWrong}&rdquo;
        </li>
        <li>the date and time you sent it</li>
        <li>whether JavaScript was turned on in your browser, so we know whether the form works both ways</li>
      </ul>
      <p>Nothing else is stored with your answer.</p>

      <H2 id="what-we-do-not-store" />
      <p>Your answer is stored without:</p>
      <ul>
        <li>your IP address (the internet address of your device)</li>
        <li>details of your browser or device</li>
        <li>any cookie: sending feedback does not set or read cookies</li>
        <li>anything that tracks you: your answer is not linked to the other pages you visit or to your other answers</li>
        <li>
          anything from other companies: this website runs no analytics, advertising or other code from third parties,
          and we get no information about you from anyone else
        </li>
      </ul>
      <p>
        To stop anyone sending a flood of answers, the website counts how many answers come from each internet address
        in a minute. For this count it keeps a scrambled form of the address (a one-way hash), not the address itself,
        and never with your answer. The count is used for one minute and deleted within about an hour.
      </p>
    </>
  );
}

/** The personal details taken out of a report, and how long an answer is kept. */
function WhatWeRemove({ retention }: { retention: string }) {
  return (
    <>
      <H2 id="what-we-remove" />
      <p>
        The problem report asks you not to include personal details, such as your name, email address or phone number.
        If you include some anyway, we remove these before your report is stored and put a note in their place:
      </p>
      <ul>
        <li>email addresses become &ldquo;[email removed]&rdquo;</li>
        <li>phone numbers, UK and international, become &ldquo;[phone number removed]&rdquo;</li>
        <li>National Insurance numbers become &ldquo;[National Insurance number removed]&rdquo;</li>
        <li>payment card numbers become &ldquo;[card number removed]&rdquo;</li>
      </ul>
      <p>
        Everything else is stored as you typed it. Removing details is a safety net, not a guarantee: it does not find
        names or postal addresses, for example. Please do not include personal details in a report. We do not need
        them to fix a page.
      </p>

      <H2 id="how-long" />
      <p>
        We keep each answer for {retention}. After that, it is deleted. The website deletes old answers when it starts
        and then once a day, so an answer may be kept for up to a day longer.
      </p>
    </>
  );
}

/**
 * What is kept of a search that finds nothing (lib/feedback/search-misses.ts, lib/feedback/search-miss-query.ts):
 * the words, per day, with personal details removed; nothing about who searched.
 */
function Searches({ retention }: { retention: string }) {
  return (
    <>
      <H2 id="searches" />
      <p>
        When a search on this website finds nothing, we count it, so the editors can see which words readers look for that
        the guide does not use or explain yet. We keep:
      </p>
      <ul>
        <li>the words you searched for, in lower case and cut to 100 characters, with personal details removed</li>
        <li>how many times they were searched for on each day</li>
      </ul>
      <p>
        We do not keep who searched, your IP address, the time of day or any cookie. Before a search is kept, we remove the
        personal details listed above, postcodes, and long numbers such as an NHS number or a date of birth. A search that
        is only numbers, or only a personal detail, is not kept at all.
      </p>
      <p>
        So that one person searching again and again counts once, the website remembers a scrambled form of your internet
        address and of the search (one-way hashes) for one minute, in its memory only, never with the search it keeps. We
        keep the counts for {retention}, then delete them, as we do answers.
      </p>
    </>
  );
}

/** Who reads the answers and why, and how to ask about them. */
function WhoCanReadIt() {
  return (
    <>
      <H2 id="who-can-read-it" />
      <p>Your answers, and the searches that found nothing, can be read by:</p>
      <ul>
        <li>the editors of this guide, in a private inbox that needs a password</li>
        <li>the people who run the website’s server, who can copy the answers, for example to keep a backup</li>
      </ul>
      <p>The editors use the answers to decide which pages to improve and what to fix first.</p>
      <p>
        We do not share or sell your feedback, and we do not use it to contact you. We cannot reply to it, because we
        do not know who sent it.
      </p>

      <H2 id="questions" />
      <p>
        We store nothing that links an answer to the person who sent it, so we cannot tell which answers are yours.
      </p>
      <p>
        To ask about this notice or about your feedback, use &ldquo;Report a problem with this page&rdquo; at the end
        of any role or industry page (you can find them all from the <Link href={homePath()}>home page</Link>) and say
        that it is about the privacy notice. Do not include personal details. We cannot reply to reports.
      </p>
    </>
  );
}

/**
 * The notice's contents list, its parts and when it last changed, after the page's heading. `labels` are the problem
 * form's two questions; `retentionDays`, how long answers are kept.
 */
export function PrivacyNotice({ labels, retentionDays }: { labels: ProblemLabels; retentionDays: number }) {
  const retention = plural(retentionDays, "day");
  return (
    <>
      <Contents items={[...SECTIONS]} />
      <WhatWeStore labels={labels} />
      <WhatWeRemove retention={retention} />
      <Searches retention={retention} />
      <WhoCanReadIt />
      <ReviewDates lastUpdated={PRIVACY_NOTICE_DATES.lastUpdated} updatedLabel="Page last updated" />
    </>
  );
}
