<?php
/**
 * The site's own iframe page: `/?od-embed=1&widget=…` serves the shipped embed.html with the configured portal,
 * themes and language, so newsrooms and other sites can frame this site's widgets. Static embed.html would read
 * its own origin (the WordPress site) as the portal; this page tells it the real one.
 *
 * @package OpendataWidgets
 */

defined( 'ABSPATH' ) || exit;

add_action( 'template_redirect', 'od_widgets_embed_page', 0 );

/** Address of the site's iframe page (the prefix accepted in pasted iframes). */
function od_widgets_embed_url() {
	return add_query_arg( 'od-embed', '1', home_url( '/' ) );
}

/** Whether `$src` is this site's iframe page. */
function od_widgets_is_own_embed( $src ) {
	$own = wp_parse_url( home_url( '/' ) );
	$url = wp_parse_url( $src );
	if ( ! $url || empty( $url['host'] ) || strtolower( $url['host'] ) !== strtolower( $own['host'] ) ) {
		return false;
	}
	$port  = isset( $url['port'] ) ? $url['port'] : null;
	$oport = isset( $own['port'] ) ? $own['port'] : null;
	$path  = isset( $url['path'] ) ? $url['path'] : '/';
	$opath = isset( $own['path'] ) ? $own['path'] : '/';
	parse_str( isset( $url['query'] ) ? $url['query'] : '', $query );
	return $port === $oport && trailingslashit( $path ) === trailingslashit( $opath ) && isset( $query['od-embed'] ) && '1' === $query['od-embed'];
}

/** Serves the iframe page. */
function od_widgets_embed_page() {
	if ( ! isset( $_GET['od-embed'] ) || '1' !== $_GET['od-embed'] ) { // phpcs:ignore WordPress.Security.NonceVerification.Recommended -- a public, read-only page.
		return;
	}
	$file = OD_WIDGETS_DIR . 'assets/bundle/embed.html';
	$page = is_readable( $file ) ? (string) file_get_contents( $file ) : ''; // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- local file.
	if ( '' === $page ) {
		status_header( 404 );
		exit;
	}
	$base   = od_widgets_bundle_base();
	$portal = od_widgets_setting( 'portal' );
	$page   = preg_replace( '#<meta name="od-portal" content="[^"]*"\s*/?>#', '<meta name="od-portal" content="' . esc_url( $portal ) . '" />', $page );
	$page   = preg_replace( '#<meta name="od-themes" content="[^"]*"\s*/?>#', '<meta name="od-themes" content="' . esc_url( $base . 'themes/' ) . '" />', $page );
	$page   = str_replace( array( 'src="./embed.js"', 'href="./' ), array( 'src="' . esc_url( $base . 'embed.js' ) . '"', 'href="' . esc_url( $base ) ), $page );
	status_header( 200 );
	header( 'Content-Type: text/html; charset=utf-8' );
	header( 'X-Robots-Tag: noindex' );
	echo $page; // phpcs:ignore WordPress.Security.EscapingOutput.OutputNotEscaped -- the shipped page, with escaped URLs put in.
	exit;
}
