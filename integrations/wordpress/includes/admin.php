<?php
/**
 * Settings page (Réglages › Données ouvertes, capability manage_options) and, on multisite, the network's
 * defaults (Réseau › Réglages › Données ouvertes, manage_network_options). Posted with a nonce to admin-post.php
 * or the network's edit.php; every value is cleaned by od_widgets_sanitize(); errors are listed in French.
 *
 * @package OpendataWidgets
 */

defined( 'ABSPATH' ) || exit;

add_action( 'admin_menu', 'od_widgets_admin_menu' );
add_action( 'network_admin_menu', 'od_widgets_network_menu' );
add_action( 'admin_post_od_widgets_save', 'od_widgets_save_site' );
add_action( 'network_admin_edit_od_widgets_save', 'od_widgets_save_network' );
add_filter( 'plugin_action_links_' . plugin_basename( OD_WIDGETS_FILE ), 'od_widgets_action_links' );

/** Adds the site's settings page. */
function od_widgets_admin_menu() {
	add_options_page( 'Données ouvertes', 'Données ouvertes', 'manage_options', 'opendata-widgets', 'od_widgets_settings_page' );
}

/** Adds the network's defaults page. */
function od_widgets_network_menu() {
	add_submenu_page( 'settings.php', 'Données ouvertes', 'Données ouvertes', 'manage_network_options', 'opendata-widgets', 'od_widgets_network_page' );
}

/** "Réglages" link in the plugins list. */
function od_widgets_action_links( $links ) {
	$links[] = '<a href="' . esc_url( admin_url( 'options-general.php?page=opendata-widgets' ) ) . '">Réglages</a>';
	return $links;
}

/** Saves the site's settings. */
function od_widgets_save_site() {
	if ( ! current_user_can( 'manage_options' ) ) {
		wp_die( esc_html( 'Vous n’avez pas le droit de modifier ces réglages.' ), 403 );
	}
	check_admin_referer( 'od_widgets_save' );
	list( $clean, $errors ) = od_widgets_sanitize( isset( $_POST['od_widgets'] ) ? $_POST['od_widgets'] : array() ); // phpcs:ignore WordPress.Security.ValidatedSanitizedInput.InputNotSanitized -- cleaned field by field in od_widgets_sanitize().
	if ( ! $errors ) {
		update_option( OD_WIDGETS_OPTION, $clean );
	}
	set_transient( 'od_widgets_notice_' . get_current_user_id(), $errors ? $errors : 'saved', 60 );
	wp_safe_redirect( admin_url( 'options-general.php?page=opendata-widgets' ) );
	exit;
}

/** Saves the network's defaults. */
function od_widgets_save_network() {
	if ( ! current_user_can( 'manage_network_options' ) ) {
		wp_die( esc_html( 'Vous n’avez pas le droit de modifier ces réglages.' ), 403 );
	}
	check_admin_referer( 'od_widgets_save' );
	list( $clean, $errors ) = od_widgets_sanitize( isset( $_POST['od_widgets'] ) ? $_POST['od_widgets'] : array() ); // phpcs:ignore WordPress.Security.ValidatedSanitizedInput.InputNotSanitized -- cleaned field by field in od_widgets_sanitize().
	if ( ! $errors ) {
		update_site_option( OD_WIDGETS_NETWORK_OPTION, $clean );
	}
	set_site_transient( 'od_widgets_notice_' . get_current_user_id(), $errors ? $errors : 'saved', 60 );
	wp_safe_redirect( network_admin_url( 'settings.php?page=opendata-widgets' ) );
	exit;
}

/** The site's page. */
function od_widgets_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$notice = get_transient( 'od_widgets_notice_' . get_current_user_id() );
	delete_transient( 'od_widgets_notice_' . get_current_user_id() );
	od_widgets_form( od_widgets_site_options(), admin_url( 'admin-post.php' ), false, $notice );
}

/** The network's page. */
function od_widgets_network_page() {
	if ( ! current_user_can( 'manage_network_options' ) ) {
		return;
	}
	$notice = get_site_transient( 'od_widgets_notice_' . get_current_user_id() );
	delete_site_transient( 'od_widgets_notice_' . get_current_user_id() );
	od_widgets_form( od_widgets_network_options(), network_admin_url( 'edit.php?action=od_widgets_save' ), true, $notice );
}

/** What an empty field means on this page. */
function od_widgets_inherited( $key, $network ) {
	if ( $network || ! is_multisite() ) {
		return '';
	}
	$value = od_widgets_network_options()[ $key ];
	return '' === $value ? '' : sprintf( ' Vide : valeur du réseau (%s).', $value );
}

/**
 * The form: labelled fields with descriptions tied by aria-describedby, errors in an alert list linked from
 * the fields, native controls only (keyboard and screen readers need nothing more).
 */
function od_widgets_form( $values, $action, $network, $notice ) {
	$field = static function ( $key ) {
		return 'od-widgets-' . str_replace( '_', '-', $key );
	};
	?>
	<div class="wrap" id="od-widgets-settings">
		<h1><?php echo esc_html( $network ? 'Données ouvertes : réglages du réseau' : 'Données ouvertes : réglages' ); ?></h1>
		<?php if ( is_array( $notice ) ) : ?>
			<div class="notice notice-error" role="alert"><p><?php echo esc_html( 'Les réglages n’ont pas été enregistrés :' ); ?></p><ul>
				<?php foreach ( $notice as $error ) : ?>
					<li><?php echo esc_html( $error ); ?></li>
				<?php endforeach; ?>
			</ul></div>
		<?php elseif ( 'saved' === $notice ) : ?>
			<div class="notice notice-success" role="status"><p><?php echo esc_html( 'Réglages enregistrés.' ); ?></p></div>
		<?php endif; ?>
		<p><?php echo esc_html( $network ? 'Valeurs par défaut de tous les sites du réseau ; chaque site peut les remplacer dans ses propres réglages.' : 'Ces réglages s’appliquent au bloc « Données ouvertes », au code court [opendata] et aux balises od-* collées dans les pages.' ); ?></p>
		<form method="post" action="<?php echo esc_url( $action ); ?>" novalidate>
			<input type="hidden" name="action" value="od_widgets_save">
			<?php wp_nonce_field( 'od_widgets_save' ); ?>
			<table class="form-table" role="presentation">
				<tr>
					<th scope="row"><label for="<?php echo esc_attr( $field( 'portal' ) ); ?>">Portail par défaut</label></th>
					<td><input type="url" class="regular-text" id="<?php echo esc_attr( $field( 'portal' ) ); ?>" name="od_widgets[portal]" value="<?php echo esc_attr( $values['portal'] ); ?>" aria-describedby="<?php echo esc_attr( $field( 'portal' ) ); ?>-desc" autocomplete="url">
					<p class="description" id="<?php echo esc_attr( $field( 'portal' ) ); ?>-desc">Adresse du portail Opendatasoft, par exemple https://data.quimper-bretagne-occidentale.fr. Elle est écrite dans la page (&lt;meta name="od-portal"&gt;) pour tous les widgets qui n’en précisent pas.<?php echo esc_html( od_widgets_inherited( 'portal', $network ) ); ?></p></td>
				</tr>
				<tr>
					<th scope="row"><label for="<?php echo esc_attr( $field( 'lang' ) ); ?>">Langue des widgets</label></th>
					<td><select id="<?php echo esc_attr( $field( 'lang' ) ); ?>" name="od_widgets[lang]" aria-describedby="<?php echo esc_attr( $field( 'lang' ) ); ?>-desc">
						<option value=""><?php echo esc_html( $network || ! is_multisite() ? 'Langue du site' : 'Celle du réseau, sinon la langue du site' ); ?></option>
						<?php foreach ( OD_WIDGETS_LANGS as $code => $label ) : ?>
							<option value="<?php echo esc_attr( $code ); ?>" lang="<?php echo esc_attr( $code ); ?>" <?php selected( $values['lang'], $code ); ?>><?php echo esc_html( $label ); ?></option>
						<?php endforeach; ?>
					</select>
					<p class="description" id="<?php echo esc_attr( $field( 'lang' ) ); ?>-desc">Par défaut, les widgets parlent la langue du site s’ils la connaissent (français, anglais, breton), sinon le français. Choisissez une langue pour l’imposer, par exemple le français sur un WordPress réglé en anglais.</p></td>
				</tr>
				<tr>
					<th scope="row"><label for="<?php echo esc_attr( $field( 'theme' ) ); ?>">Thème</label></th>
					<td><select id="<?php echo esc_attr( $field( 'theme' ) ); ?>" name="od_widgets[theme]" aria-describedby="<?php echo esc_attr( $field( 'theme' ) ); ?>-desc">
						<option value="">Aucun (couleurs par défaut des widgets)</option>
						<?php foreach ( OD_WIDGETS_THEMES as $slug => $label ) : ?>
							<option value="<?php echo esc_attr( $slug ); ?>" <?php selected( $values['theme'], $slug ); ?>><?php echo esc_html( $label ); ?></option>
						<?php endforeach; ?>
					</select>
					<p class="description" id="<?php echo esc_attr( $field( 'theme' ) ); ?>-desc">Thèmes fournis avec l’extension ; leurs couleurs respectent un contraste AA sur fond blanc.<?php echo esc_html( od_widgets_inherited( 'theme', $network ) ); ?></p></td>
				</tr>
				<tr>
					<th scope="row"><label for="<?php echo esc_attr( $field( 'accent' ) ); ?>">Couleur d’accent</label></th>
					<td><input type="text" class="regular-text" id="<?php echo esc_attr( $field( 'accent' ) ); ?>" name="od_widgets[accent]" value="<?php echo esc_attr( $values['accent'] ); ?>" aria-describedby="<?php echo esc_attr( $field( 'accent' ) ); ?>-desc" placeholder="#005a8c" pattern="#[0-9a-fA-F]{6}" spellcheck="false">
					<p class="description" id="<?php echo esc_attr( $field( 'accent' ) ); ?>-desc">Facultatif, au format #rrggbb. Elle remplace celle du thème ; elle doit offrir un contraste d’au moins 4,5:1 avec le blanc (texte des boutons).<?php echo esc_html( od_widgets_inherited( 'accent', $network ) ); ?></p></td>
				</tr>
				<tr>
					<th scope="row"><label for="<?php echo esc_attr( $field( 'embed_origins' ) ); ?>">Iframes acceptées</label></th>
					<td><textarea class="large-text code" rows="3" id="<?php echo esc_attr( $field( 'embed_origins' ) ); ?>" name="od_widgets[embed_origins]" aria-describedby="<?php echo esc_attr( $field( 'embed_origins' ) ); ?>-desc" spellcheck="false"><?php echo esc_textarea( $values['embed_origins'] ); ?></textarea>
					<p class="description" id="<?php echo esc_attr( $field( 'embed_origins' ) ); ?>-desc">Une adresse par ligne (par exemple https://widgets.quimper.bzh/). Les iframes collées par les rédacteurs ne sont gardées que si elles affichent la page ?od-embed=1 de ce site, la page embed.html fournie avec l’extension ou une page embed.html sous l’une de ces adresses ; toute autre iframe est retirée à l’enregistrement.</p></td>
				</tr>
				<tr>
					<th scope="row"><label for="<?php echo esc_attr( $field( 'bundle_url' ) ); ?>">Adresse du code des widgets</label></th>
					<td><input type="url" class="regular-text code" id="<?php echo esc_attr( $field( 'bundle_url' ) ); ?>" name="od_widgets[bundle_url]" value="<?php echo esc_attr( $values['bundle_url'] ); ?>" aria-describedby="<?php echo esc_attr( $field( 'bundle_url' ) ); ?>-desc" spellcheck="false">
					<p class="description" id="<?php echo esc_attr( $field( 'bundle_url' ) ); ?>-desc">Laisser vide pour utiliser le code fourni avec l’extension (recommandé : aucun site tiers n’est appelé). Sinon, l’adresse d’un fichier opendata-widgets.js hébergé par votre collectivité ; ses thèmes, embed.html et od-resize.js doivent être à côté.<?php echo esc_html( od_widgets_inherited( 'bundle_url', $network ) ); ?></p></td>
				</tr>
			</table>
			<?php submit_button( 'Enregistrer les réglages' ); ?>
		</form>
	</div>
	<?php
}
