<?php
/**
 * Options: one array per site (`od_widgets`), and on multisite one per network (`od_widgets_network`).
 * An empty site value inherits the network's; an empty network value falls back to the built-in default.
 *
 * @package OpendataWidgets
 */

defined( 'ABSPATH' ) || exit;

const OD_WIDGETS_OPTION         = 'od_widgets';
const OD_WIDGETS_NETWORK_OPTION = 'od_widgets_network';
/** Themes shipped in assets/bundle/themes (file name without .css). */
const OD_WIDGETS_THEMES = array(
	'qbo'      => 'Quimper Bretagne Occidentale',
	'quimper'  => 'Quimper',
	'locronan' => 'Locronan',
	'commune'  => 'Commune (sobre)',
	'contrast' => 'Contraste renforcé',
);
const OD_WIDGETS_LANGS = array(
	'fr' => 'Français',
	'en' => 'English',
	'br' => 'Brezhoneg',
);

/** The option keys and their built-in defaults. */
function od_widgets_defaults() {
	return array(
		'portal'        => '',
		'lang'          => '',
		'theme'         => '',
		'accent'        => '',
		'embed_origins' => '',
		'bundle_url'    => '',
	);
}

/** Raw site options (empty values inherit). */
function od_widgets_site_options() {
	$saved = get_option( OD_WIDGETS_OPTION, array() );
	return array_merge( od_widgets_defaults(), is_array( $saved ) ? $saved : array() );
}

/** Raw network options (empty values fall back to the defaults). */
function od_widgets_network_options() {
	if ( ! is_multisite() ) {
		return od_widgets_defaults();
	}
	$saved = get_site_option( OD_WIDGETS_NETWORK_OPTION, array() );
	return array_merge( od_widgets_defaults(), is_array( $saved ) ? $saved : array() );
}

/** One effective setting: the site's, else the network's, else the default. */
function od_widgets_setting( $key ) {
	$site = od_widgets_site_options();
	if ( isset( $site[ $key ] ) && '' !== $site[ $key ] ) {
		return $site[ $key ];
	}
	$network = od_widgets_network_options();
	return isset( $network[ $key ] ) ? $network[ $key ] : '';
}

/** The widgets' language: the setting, else the site's locale when the widgets speak it, else French. */
function od_widgets_lang() {
	$lang = od_widgets_setting( 'lang' );
	if ( isset( OD_WIDGETS_LANGS[ $lang ] ) ) {
		return $lang;
	}
	$locale = strtolower( substr( determine_locale(), 0, 2 ) );
	return isset( OD_WIDGETS_LANGS[ $locale ] ) ? $locale : 'fr';
}

/** URL of the widgets bundle: the setting, else the copy shipped in the plugin. */
function od_widgets_bundle_url() {
	$url = od_widgets_setting( 'bundle_url' );
	return $url ? $url : plugins_url( 'assets/bundle/opendata-widgets.js', OD_WIDGETS_FILE );
}

/** Base URL of the bundle's files (themes, embed.html, od-resize.js) beside the bundle. */
function od_widgets_bundle_base() {
	return preg_replace( '#[^/]*$#', '', od_widgets_bundle_url() );
}

/** Other iframe pages this site accepts: embed.html beside the bundle and under each allowed origin. */
function od_widgets_embed_prefixes() {
	$prefixes = array( od_widgets_bundle_base() . 'embed.html' );
	foreach ( preg_split( '/\s+/', (string) od_widgets_setting( 'embed_origins' ), -1, PREG_SPLIT_NO_EMPTY ) as $origin ) {
		$prefixes[] = untrailingslashit( $origin ) . '/';
	}
	return array_values( array_unique( $prefixes ) );
}

/** Whether an iframe `src` is the site's iframe page or an accepted embed.html (allowed prefix, path ending in embed.html). */
function od_widgets_embed_allowed( $src ) {
	$src = html_entity_decode( trim( (string) $src ), ENT_QUOTES | ENT_HTML5, 'UTF-8' );
	if ( od_widgets_is_own_embed( $src ) ) {
		return true;
	}
	$path = (string) wp_parse_url( $src, PHP_URL_PATH );
	if ( ! preg_match( '#^https?://#i', $src ) || '/embed.html' !== substr( $path, -11 ) ) {
		return false;
	}
	foreach ( od_widgets_embed_prefixes() as $prefix ) {
		$is_page = '/embed.html' === substr( $prefix, -11 );
		$head    = strtok( $src, '?#' );
		if ( $is_page ? $head === $prefix : 0 === strpos( $head, $prefix ) ) {
			return true;
		}
	}
	return false;
}

/**
 * Cleans submitted settings. Returns [clean values, French error messages]. An empty value always means
 * "inherit" (site: from the network; network: built-in default).
 */
function od_widgets_sanitize( $input ) {
	$input  = is_array( $input ) ? wp_unslash( $input ) : array();
	$out    = od_widgets_defaults();
	$errors = array();
	$portal = isset( $input['portal'] ) ? trim( (string) $input['portal'] ) : '';
	if ( '' !== $portal ) {
		$clean = esc_url_raw( $portal, array( 'http', 'https' ) );
		if ( $clean && wp_parse_url( $clean, PHP_URL_HOST ) ) {
			$out['portal'] = untrailingslashit( $clean );
		} else {
			$errors[] = sprintf( 'Portail : « %s » n’est pas une adresse http(s) valide.', $portal );
		}
	}
	$lang = isset( $input['lang'] ) ? (string) $input['lang'] : '';
	if ( '' !== $lang && ! isset( OD_WIDGETS_LANGS[ $lang ] ) ) {
		$errors[] = 'Langue : choix inconnu.';
		$lang     = '';
	}
	$out['lang'] = $lang;
	$theme       = isset( $input['theme'] ) ? (string) $input['theme'] : '';
	if ( '' !== $theme && ! isset( OD_WIDGETS_THEMES[ $theme ] ) ) {
		$errors[] = 'Thème : choix inconnu.';
		$theme    = '';
	}
	$out['theme'] = $theme;
	$accent       = isset( $input['accent'] ) ? trim( (string) $input['accent'] ) : '';
	if ( '' !== $accent ) {
		$hex = sanitize_hex_color( $accent );
		if ( ! $hex ) {
			$errors[] = sprintf( 'Couleur d’accent : « %s » n’est pas une couleur #rrggbb.', $accent );
		} elseif ( od_widgets_contrast( $hex, '#ffffff' ) < 4.5 ) {
			$errors[] = sprintf( 'Couleur d’accent : %s est trop claire (contraste %.1f:1 avec le blanc, 4,5:1 au moins).', $hex, od_widgets_contrast( $hex, '#ffffff' ) );
		} else {
			$out['accent'] = $hex;
		}
	}
	$origins = array();
	$raw     = isset( $input['embed_origins'] ) ? (string) $input['embed_origins'] : '';
	foreach ( preg_split( '/[\s,]+/', $raw, -1, PREG_SPLIT_NO_EMPTY ) as $origin ) {
		$parts = wp_parse_url( $origin );
		if ( empty( $parts['scheme'] ) || empty( $parts['host'] ) || ! in_array( strtolower( $parts['scheme'] ), array( 'http', 'https' ), true ) ) {
			$errors[] = sprintf( 'Origines des iframes : « %s » n’est pas une adresse http(s).', $origin );
			continue;
		}
		$path      = isset( $parts['path'] ) ? preg_replace( '#/embed\.html$#', '/', $parts['path'] ) : '/';
		$origins[] = strtolower( $parts['scheme'] . '://' . $parts['host'] ) . ( isset( $parts['port'] ) ? ':' . (int) $parts['port'] : '' ) . trailingslashit( $path );
	}
	$out['embed_origins'] = implode( "\n", array_unique( $origins ) );
	$bundle               = isset( $input['bundle_url'] ) ? trim( (string) $input['bundle_url'] ) : '';
	if ( '' !== $bundle ) {
		$clean = esc_url_raw( $bundle, array( 'https', 'http' ) );
		if ( $clean && preg_match( '#\.m?js$#', (string) wp_parse_url( $clean, PHP_URL_PATH ) ) ) {
			$out['bundle_url'] = $clean;
		} else {
			$errors[] = sprintf( 'Adresse du code des widgets : « %s » doit être l’adresse http(s) d’un fichier .js.', $bundle );
		}
	}
	return array( $out, $errors );
}

/** WCAG contrast ratio of two #rrggbb colours. */
function od_widgets_contrast( $a, $b ) {
	$lum = static function ( $hex ) {
		$c = array_map(
			static function ( $v ) {
				$v = hexdec( $v ) / 255;
				return $v <= 0.03928 ? $v / 12.92 : pow( ( $v + 0.055 ) / 1.055, 2.4 );
			},
			str_split( ltrim( $hex, '#' ), 2 )
		);
		return 0.2126 * $c[0] + 0.7152 * $c[1] + 0.0722 * $c[2];
	};
	$l1 = $lum( $a );
	$l2 = $lum( $b );
	return ( max( $l1, $l2 ) + 0.05 ) / ( min( $l1, $l2 ) + 0.05 );
}
