// First: the components' CSS modules must come after the global styles in the cascade.
import "./globals.css";
import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteFooter, SiteHeader } from "@/components/site";
import { linkPreviewMetadata } from "@/lib/sharing";
import { getSiteUrl, SITE_DESCRIPTION, SITE_NAME } from "@/lib/shared";

export const metadata: Metadata = {
  metadataBase: getSiteUrl(),
  title: { default: SITE_NAME, template: `%s | ${SITE_NAME}` },
  description: SITE_DESCRIPTION,
  applicationName: SITE_NAME,
  formatDetection: { telephone: false },
  // Defaults for pages that set no link preview of their own; each page replaces them with its own.
  ...linkPreviewMetadata({ title: SITE_NAME, description: SITE_DESCRIPTION }),
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#0b3d5c",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en-GB">
      <body>
        <a className="skip-link" href="#main-content">
          Skip to main content
        </a>
        <SiteHeader />
        <div className="container">
          <main id="main-content" tabIndex={-1}>
            {children}
          </main>
        </div>
        <SiteFooter />
      </body>
    </html>
  );
}
