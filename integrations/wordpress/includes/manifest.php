<?php
/**
 * What the widgets declare, read from the shipped custom-elements.json: tags and their attributes. KSES, the
 * shortcode and the block accept exactly these (never an `on*` handler nor `style`).
 *
 * @package OpendataWidgets
 */

defined( 'ABSPATH' ) || exit;

/** Attributes any od-* tag may carry besides its declared ones (linking, theme class, language, accessibility). */
const OD_WIDGETS_COMMON_ATTRIBUTES = array( 'id', 'class', 'lang', 'title', 'hidden', 'role', 'aria-label', 'aria-labelledby', 'aria-describedby', 'data-od-portal' );

/** Tag => list of declared attribute names, for every od-* element of the manifest. */
function od_widgets_elements() {
	static $elements = null;
	if ( null !== $elements ) {
		return $elements;
	}
	$elements = array();
	$file     = OD_WIDGETS_DIR . 'assets/bundle/custom-elements.json';
	$manifest = is_readable( $file ) ? json_decode( (string) file_get_contents( $file ), true ) : null; // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- local file.
	foreach ( ( is_array( $manifest ) && isset( $manifest['modules'] ) ) ? $manifest['modules'] : array() as $module ) {
		foreach ( isset( $module['declarations'] ) ? $module['declarations'] : array() as $decl ) {
			$tag = isset( $decl['tagName'] ) ? (string) $decl['tagName'] : '';
			if ( empty( $decl['customElement'] ) || ! preg_match( '/^od-[a-z][a-z0-9-]*$/', $tag ) || 'od-builder' === $tag ) {
				continue;
			}
			$names = array();
			foreach ( isset( $decl['attributes'] ) ? $decl['attributes'] : array() as $attr ) {
				$name = strtolower( isset( $attr['name'] ) ? (string) $attr['name'] : '' );
				if ( od_widgets_safe_attribute_name( $name ) ) {
					$names[] = $name;
				}
			}
			$elements[ $tag ] = array_values( array_unique( $names ) );
		}
	}
	ksort( $elements );
	return $elements;
}

/** A plain attribute name that is neither an event handler nor inline style. */
function od_widgets_safe_attribute_name( $name ) {
	return (bool) preg_match( '/^[a-z][a-z0-9-]*$/', $name ) && 0 !== strpos( $name, 'on' ) && 'style' !== $name;
}

/** The widgets an editor can place in a block or shortcode (everything but the dataset context). */
function od_widgets_widget_tags() {
	return array_values( array_diff( array_keys( od_widgets_elements() ), array( 'od-dataset' ) ) );
}

/** Attributes allowed on a tag: its declared ones plus the common ones. */
function od_widgets_attributes_of( $tag ) {
	$elements = od_widgets_elements();
	return isset( $elements[ $tag ] ) ? array_values( array_unique( array_merge( $elements[ $tag ], OD_WIDGETS_COMMON_ATTRIBUTES ) ) ) : array();
}
