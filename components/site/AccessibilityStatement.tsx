import Link from "next/link";
import {
  AXE_VERSION,
  AXE_WIDTHS,
  MIN_TARGET_SIZE,
  REFLOW_VIEWPORT,
  STATEMENT_DATES,
  TEXT_RESIZE_PERCENT,
  TEXT_RESIZE_WIDTHS,
  WCAG_STANDARD,
} from "@/lib/site";
import { formatDate } from "@/lib/content";
import { SITE_NAME, comparePath, rolesApiPath, searchPath, sitemapPath } from "@/lib/shared";
import { Contents } from "@/components/shared";

/*
 * The accessibility statement, on the UK public sector model (GOV.UK's "Sample accessibility statement"): the same
 * headings in the same order, the legally required wording where the model has it, and only what is true of this
 * site. How it was tested comes from lib/site/accessibility.ts, the settings the accessibility tests run with.
 */

const SECTIONS = [
  { id: "using", heading: "Using this website" },
  { id: "how-accessible", heading: "How accessible this website is" },
  { id: "feedback", heading: "Feedback and contact information" },
  { id: "reporting", heading: "Reporting accessibility problems with this website" },
  { id: "enforcement", heading: "Enforcement procedure" },
  { id: "technical", heading: "Technical information about this website’s accessibility" },
  { id: "non-accessible", heading: "Non-accessible content" },
  { id: "improving", heading: "What we’re doing to improve accessibility" },
  { id: "preparation", heading: "Preparation of this accessibility statement" },
] as const;

type SectionId = (typeof SECTIONS)[number]["id"];
const heading = (id: SectionId) => SECTIONS.find((section) => section.id === id)!.heading;

function H2({ id }: { id: SectionId }) {
  return <h2 id={id}>{heading(id)}</h2>;
}

const Day = ({ day }: { day: string }) => <time dateTime={day}>{formatDate(day)}</time>;

/** "390 and 1280", "1280 and 320". */
const widthsInWords = (widths: readonly number[]) =>
  widths.length > 1 ? `${widths.slice(0, -1).join(", ")} and ${widths.at(-1)}` : `${widths[0]}`;

/** Who can use the site, what is known not to work, and how to ask for another format. */
function UsingTheSite() {
  return (
    <>
      <H2 id="using" />
      <p>
        This website is run by the team that publishes {SITE_NAME}. We want as many people as possible to be able to
        use it. For example, that means you should be able to:
      </p>
      <ul>
        <li>zoom in up to 400% without having to scroll sideways</li>
        <li>make the text twice as large without any of it being cut off</li>
        <li>move through every page using just a keyboard, and always see where you are on the page</li>
        <li>skip past the header straight to the main content of each page</li>
        <li>use every page, including search and compare, with JavaScript turned off</li>
      </ul>
      <p>
        <a href="https://mcmw.abilitynet.org.uk/">AbilityNet</a> has advice on making your device easier to use if you
        have a disability.
      </p>

      <H2 id="how-accessible" />
      <p>
        We do not know of any part of this website that fails the {WCAG_STANDARD} standard. There are two things you
        should know:
      </p>
      <ul>
        <li>
          on narrow screens, such as a phone&apos;s, the words in the career path diagram on industry pages do not get
          larger when you make only the text larger in your browser&apos;s settings, although zooming the whole page
          makes them larger; every path the diagram shows is also written out in the list below it
        </li>
        <li>
          we have not yet tested the website with screen readers or speech recognition software (see{" "}
          <a href="#preparation">how we tested it</a>)
        </li>
      </ul>

      <H2 id="feedback" />
      <p>
        If you need information on this website in a different format, contact the team that publishes this guide.
        Tell us the web address (URL) of the page, the information you need and the format you need it in.
      </p>
      <p>
        Everything in the guide is also published as open data, in a format that other software can read (JSON). For
        example, <a href={rolesApiPath()}>the list of all roles</a> links to each role&apos;s full profile.
      </p>
    </>
  );
}

/** How to report a problem, and where to go when the answer does not satisfy. */
function ReportingAndEnforcement() {
  return (
    <>
      <H2 id="reporting" />
      <p>
        We’re always looking to improve the accessibility of this website. If you find any problems not listed on this
        page or think we’re not meeting accessibility requirements, contact the team that publishes this guide. It
        helps us if you tell us the web address (URL) of the page, what you were trying to do, and the browser and any
        assistive technology you were using.
      </p>

      <H2 id="enforcement" />
      <p>
        The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies
        (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018 (the ‘accessibility regulations’).
        If you’re not happy with how we respond to your complaint, contact the{" "}
        <a href="https://www.equalityadvisoryservice.com/">Equality Advisory and Support Service (EASS)</a>.
      </p>
    </>
  );
}

/** The compliance status, what is not accessible and what is being done about it. */
function TechnicalInformation() {
  return (
    <>
      <H2 id="technical" />
      <p>
        We are committed to making this website accessible, in accordance with the Public Sector Bodies (Websites and
        Mobile Applications) (No. 2) Accessibility Regulations 2018.
      </p>
      <h3>Compliance status</h3>
      <p>
        We believe this website is fully compliant with the{" "}
        <a href="https://www.w3.org/TR/WCAG22/">Web Content Accessibility Guidelines version 2.2</a> AA standard. This
        rests on the testing described below, which has not yet included an audit by an accessibility specialist,
        screen readers or speech recognition software. We will update this statement when it has.
      </p>

      <H2 id="non-accessible" />
      <p>
        We do not know of any content on this website that is not accessible. If you find some,{" "}
        <a href="#reporting">please tell us</a>.
      </p>
      <p>
        The website has no PDFs or other documents to download, no video or audio, and no maps: all of it is web
        pages.
      </p>

      <H2 id="improving" />
      <p>
        The website&apos;s automated tests include the accessibility checks described below. They check every page in
        the <a href={sitemapPath()}>site map</a>, so a new page is checked as soon as it is added, and a change that
        breaks a check makes the tests fail.
      </p>
      <p>Our next steps are to:</p>
      <ul>
        <li>test the website with screen readers and speech recognition software</li>
        <li>test it with disabled people who use careers information</li>
        <li>add a direct way to contact the team to this statement</li>
      </ul>
    </>
  );
}

/** When the statement was prepared and the site tested, what was tested and how. */
function Preparation() {
  return (
    <>
      <H2 id="preparation" />
      <p>
        This statement was prepared on <Day day={STATEMENT_DATES.prepared} />. It was last reviewed on{" "}
        <Day day={STATEMENT_DATES.lastReviewed} />.
      </p>
      <p>
        This website was last tested on <Day day={STATEMENT_DATES.lastTested} /> against the {WCAG_STANDARD} standard.
        The test was carried out by the team that builds the guide, in the Chromium browser.
      </p>
      <p>We tested:</p>
      <ul>
        <li>
          every page in the <a href={sitemapPath()}>site map</a>: the home page, every industry and role page and this
          statement
        </li>
        <li>the page you see when a page cannot be found</li>
        <li>
          <Link href={searchPath()}>search</Link>: with results, with no results and with no search words
        </li>
        <li>
          <Link href={comparePath([])}>compare</Link>: a comparison of two roles, and the page for choosing roles
        </li>
      </ul>
      <p>We tested them in these ways:</p>
      <ul>
        <li>
          automated checks with axe-core {AXE_VERSION}, using its rules for WCAG 2.0, 2.1 and 2.2 at levels A and AA
          and its best practices, in windows {widthsInWords(AXE_WIDTHS)} pixels wide
        </li>
        <li>
          keyboard only: from the home page to an industry page to a role page, and through every link, button and
          form field of every page tested, checking that the skip link works and that the focused item is clearly
          marked and on screen
        </li>
        <li>
          reflow: every page in the site map in a window {REFLOW_VIEWPORT.width} pixels wide, with no sideways
          scrolling
        </li>
        <li>
          text size: text at {TEXT_RESIZE_PERCENT}% in windows {widthsInWords(TEXT_RESIZE_WIDTHS)} pixels wide, with
          no sideways scrolling and no text cut off
        </li>
        <li>
          structure: one main heading on every page with no heading levels skipped, a header, navigation, main content
          and footer on every page, and the page&apos;s language set to English
        </li>
        <li>
          buttons, search boxes and tick boxes at least {MIN_TARGET_SIZE} by {MIN_TARGET_SIZE} pixels, and no smooth
          scrolling when your device asks for reduced motion
        </li>
      </ul>
      <p>We did not test with screen readers, speech recognition software or disabled users.</p>
    </>
  );
}

/** The statement's contents list and its parts, after the page's heading. */
export function AccessibilityStatement() {
  return (
    <>
      <Contents items={[...SECTIONS]} />
      <UsingTheSite />
      <ReportingAndEnforcement />
      <TechnicalInformation />
      <Preparation />
    </>
  );
}
