<?php
/**
 * The block « Données ouvertes » and the shortcode [opendata]: both build the same markup on the server from a
 * dataset and a list of widgets, accepting only declared tags and attributes. Problems are shown to people who
 * can edit the post (in a notice), never to visitors, who see at most the widget's own French message.
 *
 * @package OpendataWidgets
 */

defined( 'ABSPATH' ) || exit;

add_action( 'init', 'od_widgets_register_block_and_shortcode' );
// The preview in the editor is the server's markup: the widgets' code must be on the editor's page too.
add_action( 'enqueue_block_editor_assets', 'od_widgets_enqueue' );
// Newer WordPress may put the editor's content in an iframe, which gets only the block assets.
add_action( 'enqueue_block_assets', 'od_widgets_enqueue_in_editor' );

/** The widgets' code in the editor's content frame (never on the public side: pages ask for it themselves). */
function od_widgets_enqueue_in_editor() {
	if ( is_admin() ) {
		od_widgets_enqueue();
	}
}

/** Registers the dynamic block (editor script without a build step) and the shortcode. */
function od_widgets_register_block_and_shortcode() {
	wp_register_script(
		'opendata-widgets-block-editor',
		plugins_url( 'assets/block-editor.js', OD_WIDGETS_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-components', 'wp-block-editor', 'wp-server-side-render', 'wp-i18n', 'wp-data' ),
		OD_WIDGETS_VERSION,
		true
	);
	wp_localize_script(
		'opendata-widgets-block-editor',
		'odWidgetsEditor',
		array(
			'portal'      => od_widgets_setting( 'portal' ),
			'lang'        => od_widgets_lang(),
			'editorLib'   => plugins_url( 'assets/bundle/od-editor-lib.js', OD_WIDGETS_FILE ),
			'manifestUrl' => plugins_url( 'assets/bundle/custom-elements.json', OD_WIDGETS_FILE ),
			'themes'      => OD_WIDGETS_THEMES,
		)
	);
	register_block_type(
		'opendata/donnees-ouvertes',
		array(
			'api_version'     => 2,
			'title'           => 'Données ouvertes',
			'category'        => 'embed',
			'icon'            => 'chart-bar',
			'description'     => 'Un jeu de données d’un portail Opendatasoft : tableau, graphique, carte, chiffre clé… reliés entre eux.',
			'keywords'        => array( 'opendata', 'données', 'tableau', 'carte', 'graphique' ),
			'editor_script'   => 'opendata-widgets-block-editor',
			'render_callback' => 'od_widgets_render_block',
			'supports'        => array(
				'align'    => array( 'wide', 'full' ),
				'html'     => false,
				'spacing'  => array( 'margin' => true ),
			),
			'attributes'      => array(
				'dataset' => array( 'type' => 'string', 'default' => '' ),
				'portal'  => array( 'type' => 'string', 'default' => '' ),
				'where'   => array( 'type' => 'string', 'default' => '' ),
				'refine'  => array( 'type' => 'string', 'default' => '' ),
				'commune' => array( 'type' => 'string', 'default' => '' ),
				'theme'   => array( 'type' => 'string', 'default' => '' ),
				'widgets' => array(
					'type'    => 'array',
					'default' => array( array( 'tag' => 'od-table', 'attrs' => array( 'page-size' => '5' ) ) ),
				),
			),
		)
	);
	add_shortcode( 'opendata', 'od_widgets_shortcode' );
}

/**
 * Markup of a dataset and its widgets. `$widgets`: list of [ 'tag' => …, 'attrs' => [ name => value ] ]
 * ('' or true: boolean attribute on). Returns [ markup, French problems ].
 */
function od_widgets_markup( $dataset, $widgets, $options = array() ) {
	$problems = array();
	$known    = od_widgets_widget_tags();
	$items    = array();
	foreach ( (array) $widgets as $i => $widget ) {
		$tag = isset( $widget['tag'] ) ? strtolower( (string) $widget['tag'] ) : '';
		if ( ! in_array( $tag, $known, true ) ) {
			$problems[] = sprintf( 'Widget n° %d : « %s » n’existe pas (choix : %s).', $i + 1, $tag, implode( ', ', $known ) );
			continue;
		}
		$allowed = od_widgets_attributes_of( $tag );
		$attrs   = '';
		foreach ( isset( $widget['attrs'] ) && is_array( $widget['attrs'] ) ? $widget['attrs'] : array() as $name => $value ) {
			$name = strtolower( (string) $name );
			if ( ! in_array( $name, $allowed, true ) || in_array( $name, array( 'source', 'portal', 'dataset' ), true ) && 'od-catalog' !== $tag ) {
				$problems[] = sprintf( '%s : l’option « %s » n’existe pas pour ce widget.', $tag, $name );
				continue;
			}
			$attrs .= od_widgets_attribute( $name, $value );
		}
		$items[] = array( $tag, $attrs );
	}
	$portal = ! empty( $options['portal'] ) ? $options['portal'] : od_widgets_setting( 'portal' );
	$common = od_widgets_attribute( 'portal', $portal ) . ( od_widgets_setting( 'lang' ) ? od_widgets_attribute( 'lang', od_widgets_lang() ) : '' );
	$html   = '';
	$plain  = array();
	foreach ( $items as $item ) {
		if ( 'od-catalog' === $item[0] ) {
			$html .= '<od-catalog' . $common . $item[1] . '></od-catalog>';
		} else {
			$plain[] = '<' . $item[0] . $item[1] . '></' . $item[0] . '>';
		}
	}
	if ( $plain ) {
		if ( '' === (string) $dataset ) {
			$problems[] = 'Aucun jeu de données choisi.';
		}
		$ds = od_widgets_attribute( 'dataset', $dataset );
		foreach ( array( 'where', 'refine', 'exclude', 'q', 'commune' ) as $base ) {
			if ( isset( $options[ $base ] ) && '' !== (string) $options[ $base ] ) {
				$ds .= od_widgets_attribute( $base, $options[ $base ] );
			}
		}
		$html .= '<od-dataset' . $common . $ds . '>' . implode( '', $plain ) . '</od-dataset>';
	}
	if ( $items ) {
		od_widgets_enqueue();
	}
	$theme = ! empty( $options['theme'] ) ? $options['theme'] : od_widgets_setting( 'theme' );
	if ( $theme && isset( OD_WIDGETS_THEMES[ $theme ] ) ) {
		wp_enqueue_style( 'opendata-widgets-theme-' . $theme );
	} else {
		$theme = '';
	}
	return array( $html, $problems, $theme ? 'od-theme-' . $theme : '' );
}

/** ` name="value"` (escaped), or ` name` for a boolean that is on; nothing for a boolean that is off. */
function od_widgets_attribute( $name, $value ) {
	if ( true === $value || '' === $value ) {
		return ' ' . $name;
	}
	if ( false === $value || null === $value || 'false' === $value ) {
		return '';
	}
	return ' ' . $name . '="' . esc_attr( (string) $value ) . '"';
}

/** Whether the current person may edit what is being shown (and so may see its problems). */
function od_widgets_can_edit() {
	$id = get_the_ID();
	return $id ? current_user_can( 'edit_post', $id ) : current_user_can( 'edit_posts' );
}

/**
 * For editors only: the schema check in the page (assets/editor-check.js), and a wrapper attribute naming the
 * wrappers to check. Returns the attribute (or '').
 */
function od_widgets_check_attribute() {
	if ( ! od_widgets_can_edit() || is_admin() || ( defined( 'REST_REQUEST' ) && REST_REQUEST ) ) {
		return '';
	}
	wp_enqueue_script( 'opendata-widgets-check', plugins_url( 'assets/editor-check.js', OD_WIDGETS_FILE ), array(), OD_WIDGETS_VERSION, true );
	return ' data-od-check';
}

/** French problems, for people who can edit this post only. */
function od_widgets_notice( $problems ) {
	if ( ! $problems || ! od_widgets_can_edit() ) {
		return '';
	}
	$items = '';
	foreach ( $problems as $p ) {
		$items .= '<li>' . esc_html( $p ) . '</li>';
	}
	return '<div class="od-wp-notice" role="note"><p>Données ouvertes : à corriger (visible seulement par les personnes qui modifient cette page)</p><ul>' . $items . '</ul></div>';
}

/** Server rendering of the block, inside the block's wrapper (alignment, spacing). */
function od_widgets_render_block( $attributes ) {
	$widgets = isset( $attributes['widgets'] ) && is_array( $attributes['widgets'] ) ? $attributes['widgets'] : array();
	list( $html, $problems, $theme_class ) = od_widgets_markup( isset( $attributes['dataset'] ) ? $attributes['dataset'] : '', $widgets, $attributes );
	$wrapper = get_block_wrapper_attributes( array( 'class' => trim( 'od-wp ' . $theme_class ) ) );
	return '<div ' . $wrapper . od_widgets_check_attribute() . '>' . od_widgets_notice( $problems ) . $html . '</div>';
}

/**
 * [opendata dataset="…" widget="od-table" page-size="5"]: `widget` takes one tag or several (comma-separated,
 * linked in one dataset); every other attribute goes to each widget that declares it, or to the dataset
 * (where, refine, exclude, q, commune), or sets portal/theme. A bare word turns a boolean attribute on.
 */
function od_widgets_shortcode( $atts ) {
	$atts     = is_array( $atts ) ? $atts : array();
	$tags     = array_filter( array_map( 'trim', explode( ',', isset( $atts['widget'] ) ? strtolower( (string) $atts['widget'] ) : 'od-table' ) ) );
	$options  = array();
	$values   = array();
	$problems = array();
	foreach ( $atts as $key => $value ) {
		if ( is_int( $key ) ) {
			$key   = strtolower( (string) $value );
			$value = '';
		}
		if ( in_array( $key, array( 'widget', 'dataset' ), true ) ) {
			continue;
		}
		if ( in_array( $key, array( 'portal', 'theme', 'where', 'refine', 'exclude', 'q', 'commune' ), true ) ) {
			$options[ $key ] = $value;
			continue;
		}
		$values[ $key ] = $value;
	}
	$widgets = array();
	foreach ( $tags as $tag ) {
		$widgets[] = array( 'tag' => $tag, 'attrs' => array() );
	}
	foreach ( $values as $key => $value ) {
		$used = false;
		foreach ( $widgets as &$w ) {
			if ( in_array( $key, od_widgets_attributes_of( $w['tag'] ), true ) ) {
				$w['attrs'][ $key ] = $value;
				$used               = true;
			}
		}
		unset( $w );
		if ( ! $used ) {
			$problems[] = sprintf( 'L’option « %s » n’existe pour aucun des widgets (%s).', $key, implode( ', ', $tags ) );
		}
	}
	if ( isset( $options['theme'] ) && '' !== $options['theme'] && ! isset( OD_WIDGETS_THEMES[ $options['theme'] ] ) ) {
		$problems[] = sprintf( 'Thème « %s » inconnu (choix : %s).', $options['theme'], implode( ', ', array_keys( OD_WIDGETS_THEMES ) ) );
	}
	list( $html, $more, $theme_class ) = od_widgets_markup( isset( $atts['dataset'] ) ? $atts['dataset'] : '', $widgets, $options );
	return '<div class="' . esc_attr( trim( 'od-wp od-wp-shortcode ' . $theme_class ) ) . '"' . od_widgets_check_attribute() . '>' . od_widgets_notice( array_merge( $problems, $more ) ) . $html . '</div>';
}
