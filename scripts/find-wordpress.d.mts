export declare const WP_PACKAGES: string[];
/** What the WordPress stage runs (all found, or findWordpress() throws saying what to install). */
export interface WordpressTools {
  php: string;
  mariadbd: string;
  installDb: string;
  client: string;
  wordpress: string;
  theme: string;
  missing: string[];
}
/** Finds PHP, MariaDB and WordPress; installs Debian's packages as root when missing, else throws with advice. */
export declare function findWordpress(opts?: { install?: boolean }): WordpressTools;
