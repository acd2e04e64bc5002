<?php
/**
 * Pasted tags survive for every role: KSES's post context accepts the od-* tags with their declared attributes,
 * <noscript>, and iframes whose src is an accepted embed.html (any other iframe is removed before KSES, keeping
 * the link inside it, as KSES itself does with unknown tags). Handlers (on*) and style stay forbidden.
 *
 * @package OpendataWidgets
 */

defined( 'ABSPATH' ) || exit;

add_filter( 'wp_kses_allowed_html', 'od_widgets_kses_allowed_html', 10, 2 );
add_filter( 'pre_kses', 'od_widgets_pre_kses', 10, 2 );

/** Adds the widgets' tags to the post context. */
function od_widgets_kses_allowed_html( $tags, $context ) {
	if ( 'post' !== $context ) {
		return $tags;
	}
	foreach ( array_keys( od_widgets_elements() ) as $tag ) {
		$tags[ $tag ] = array_fill_keys( od_widgets_attributes_of( $tag ), true );
	}
	$tags['noscript'] = array();
	// The snippets' fallback link (`<a slot="fallback">` inside <od-dataset>): without `slot` it would show beside
	// the widget once the script runs. `slot` only places light-DOM content; it runs nothing.
	$tags['a'] = array_merge( $tags['a'] ?? array(), array( 'slot' => true ) );
	$tags['iframe']   = array_fill_keys( array( 'src', 'title', 'width', 'height', 'loading', 'id', 'class', 'data-od-embed', 'referrerpolicy' ), true );
	return $tags;
}

/** Removes every <iframe> (not its content) whose src is not an accepted embed.html, before KSES sees it. */
function od_widgets_pre_kses( $content, $allowed_html ) {
	if ( ! is_string( $content ) || false === stripos( $content, 'iframe' ) || ( is_string( $allowed_html ) && 'post' !== $allowed_html ) ) {
		return $content;
	}
	$open = false;
	// Matched as KSES reads a tag (wp_kses_split2: spaces allowed after "<" and "/", the tag ends at its first ">"),
	// so both see the same elements and attributes.
	return preg_replace_callback(
		'#<\s*(/\s*)?iframe\b([^>]*)>?#i',
		static function ( $m ) use ( &$open ) {
			if ( '' !== $m[1] ) {
				$keep = $open;
				$open = false;
				return $keep ? $m[0] : '';
			}
			$src = '';
			foreach ( wp_kses_hair( $m[2], array( 'http', 'https' ) ) as $attr ) {
				if ( 'src' === strtolower( $attr['name'] ) ) {
					$src = $attr['value'];
				}
			}
			$open = od_widgets_embed_allowed( $src );
			return $open ? $m[0] : '';
		},
		$content
	);
}
