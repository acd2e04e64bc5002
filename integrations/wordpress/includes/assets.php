<?php
/**
 * Loads the widgets only on pages that show them: the block and the shortcode ask for it when they render,
 * pasted tags when the content filter sees an od-* tag or an accepted iframe. WordPress 6.1 has no
 * wp_enqueue_script_module (6.5): a script_loader_tag filter makes the bundle a module.
 *
 * @package OpendataWidgets
 */

defined( 'ABSPATH' ) || exit;

add_action( 'init', 'od_widgets_register_assets' );
add_action( 'wp_head', 'od_widgets_print_meta', 1 );
add_action( 'admin_head', 'od_widgets_print_meta', 1 );
add_filter( 'script_loader_tag', 'od_widgets_module_tag', 10, 3 );
add_filter( 'the_content', 'od_widgets_content_assets', 20 );

/** Registers the bundle, the iframe resizer and the small stylesheet. */
function od_widgets_register_assets() {
	$base = plugins_url( 'assets/', OD_WIDGETS_FILE );
	wp_register_script( 'opendata-widgets', od_widgets_bundle_url(), array(), OD_WIDGETS_VERSION, true );
	wp_register_script( 'opendata-widgets-resize', od_widgets_bundle_base() . 'od-resize.js', array(), OD_WIDGETS_VERSION, true );
	wp_register_style( 'opendata-widgets-wp', $base . 'plugin.css', array(), OD_WIDGETS_VERSION );
	foreach ( array_keys( OD_WIDGETS_THEMES ) as $theme ) {
		wp_register_style( 'opendata-widgets-theme-' . $theme, od_widgets_bundle_base() . 'themes/' . $theme . '.css', array(), OD_WIDGETS_VERSION );
	}
}

/** The bundle is an ES module; the resizer is async. */
function od_widgets_module_tag( $tag, $handle, $src ) {
	if ( 'opendata-widgets' === $handle || 'opendata-widgets-check' === $handle ) {
		return sprintf( '<script type="module" src="%s" id="%s-js"></script>' . "\n", esc_url( $src ), esc_attr( $handle ) );
	}
	if ( 'opendata-widgets-resize' === $handle ) {
		return sprintf( '<script src="%s" async id="opendata-widgets-resize-js"></script>' . "\n", esc_url( $src ) );
	}
	return $tag;
}

/** The page's default portal, read by every widget without a portal attribute of its own. */
function od_widgets_print_meta() {
	$portal = od_widgets_setting( 'portal' );
	if ( $portal ) {
		printf( '<meta name="od-portal" content="%s">' . "\n", esc_url( $portal ) );
	}
}

/** Enqueues the bundle, the site's theme and accent colour, and any shipped theme named in `$markup`. */
function od_widgets_enqueue( $markup = '' ) {
	wp_enqueue_script( 'opendata-widgets' );
	wp_enqueue_style( 'opendata-widgets-wp' );
	$themes = array();
	if ( od_widgets_setting( 'theme' ) ) {
		$themes[] = od_widgets_setting( 'theme' );
	}
	if ( preg_match_all( '/\bod-theme-([a-z0-9-]+)/', $markup, $m ) ) {
		$themes = array_merge( $themes, $m[1] );
	}
	foreach ( array_unique( $themes ) as $theme ) {
		if ( isset( OD_WIDGETS_THEMES[ $theme ] ) ) {
			wp_enqueue_style( 'opendata-widgets-theme-' . $theme );
		}
	}
	$accent = od_widgets_setting( 'accent' );
	static $accent_done = false;
	if ( $accent && ! $accent_done ) {
		$accent_done = true;
		$hex         = sanitize_hex_color( $accent );
		// :root for pasted tags; twice the class wins over a theme class on a block's or shortcode's wrapper.
		wp_add_inline_style( 'opendata-widgets-wp', ":root,.od-wp.od-wp{--od-color-accent:{$hex};--od-color-accent-contrast:#fff}" );
	}
}

/**
 * Pasted tags: loads what they need and gives them the configured language where they have none.
 * Accepted iframes get the resizer.
 */
function od_widgets_content_assets( $content ) {
	if ( ! is_string( $content ) ) {
		return $content;
	}
	if ( preg_match( '/<od-[a-z]/', $content ) ) {
		od_widgets_enqueue( $content );
		if ( od_widgets_setting( 'lang' ) ) {
			$lang    = od_widgets_lang();
			$content = preg_replace( '/<(od-[a-z][a-z0-9-]*)(?![^>]*\blang=)(?=[\s>])/', '<$1 lang="' . esc_attr( $lang ) . '"', $content );
		}
	}
	if ( false !== strpos( $content, 'data-od-embed' ) ) {
		wp_enqueue_script( 'opendata-widgets-resize' );
		wp_enqueue_style( 'opendata-widgets-wp' );
	}
	return $content;
}
