<?php
// Sets up a test WordPress from the command line: `OD_WP_SITE=… php setup.php <step> <json>`.
// Steps: install (site, users, plugin, options), network (turns the install into a network),
// multisite (a sub-site, its users, network-wide plugin and defaults, per-site overrides).
// Prints one JSON line with what the tests need (ids, application passwords).
$od_step = $argv[1];
$od_cfg  = json_decode( $argv[2], true );
$_SERVER['HTTP_HOST']   = $od_cfg['host'];
$_SERVER['SERVER_NAME'] = '127.0.0.1';
$_SERVER['SERVER_PORT'] = $od_cfg['port'];
$_SERVER['REQUEST_URI'] = '/';
if ( 'multisite' !== $od_step ) {
	define( 'WP_INSTALLING', true );
}
require $od_cfg['root'] . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
$od_out = array();

/** A user with a role on the current site, and an application password for the REST API. */
function od_user( $login, $role ) {
	$id = username_exists( $login );
	if ( ! $id ) {
		$id = wp_insert_user( array( 'user_login' => $login, 'user_pass' => 'od-' . $login . '-pass', 'user_email' => $login . '@example.org', 'role' => $role, 'display_name' => $login ) );
	}
	if ( is_wp_error( $id ) ) {
		fwrite( STDERR, $id->get_error_message() );
		exit( 1 );
	}
	if ( is_multisite() ) {
		add_user_to_blog( get_current_blog_id(), $id, $role );
	}
	list( $password ) = WP_Application_Passwords::create_new_application_password( $id, array( 'name' => 'od-tests-' . get_current_blog_id() ) );
	return array( 'id' => $id, 'login' => $login, 'password' => 'od-' . $login . '-pass', 'app' => $password, 'role' => $role );
}

if ( 'install' === $od_step ) {
	$result = wp_install( $od_cfg['title'], 'admin', 'admin@example.org', false, '', 'od-admin-pass', 'en_US' );
	update_option( 'siteurl', 'http://' . $od_cfg['host'] );
	update_option( 'home', 'http://' . $od_cfg['host'] );
	switch_theme( 'twentytwentythree' );
	update_option( 'permalink_structure', '' );
	$od_out['users'] = array( 'admin' => od_user( 'admin', 'administrator' ) );
	if ( empty( $od_cfg['network'] ) ) {
		$od_out['users']['editor'] = od_user( 'editor', 'editor' );
		$od_out['users']['author'] = od_user( 'author', 'author' );
		$r = activate_plugin( 'opendata-widgets/opendata-widgets.php' );
		if ( is_wp_error( $r ) ) {
			fwrite( STDERR, $r->get_error_message() );
			exit( 1 );
		}
		update_option( 'od_widgets', $od_cfg['options'] );
	}
} elseif ( 'network' === $od_step ) {
	require_once ABSPATH . 'wp-admin/includes/network.php';
	foreach ( $wpdb->tables( 'ms_global' ) as $table => $prefixed ) {
		$wpdb->$table = $prefixed;
	}
	install_network();
	$r = populate_network( 1, $od_cfg['host'], 'admin@example.org', $od_cfg['title'], '/', false );
	if ( is_wp_error( $r ) ) {
		fwrite( STDERR, $r->get_error_message() );
		exit( 1 );
	}
} elseif ( 'multisite' === $od_step ) {
	$r = activate_plugin( 'opendata-widgets/opendata-widgets.php', '', true );
	if ( is_wp_error( $r ) ) {
		fwrite( STDERR, $r->get_error_message() );
		exit( 1 );
	}
	update_site_option( 'od_widgets_network', $od_cfg['network_options'] );
	$blog = wpmu_create_blog( $od_cfg['host'], '/commune/', 'Commune de test', 1, array( 'public' => 1 ) );
	if ( is_wp_error( $blog ) ) {
		fwrite( STDERR, $blog->get_error_message() );
		exit( 1 );
	}
	// wpmu_create_blog() drops the port's colon from the domain: put it back (loopback tests need a port).
	$wpdb->update( $wpdb->blogs, array( 'domain' => $od_cfg['host'] ), array( 'blog_id' => $blog ) );
	clean_blog_cache( $blog );
	switch_to_blog( $blog );
	update_option( 'siteurl', 'http://' . $od_cfg['host'] . '/commune' );
	update_option( 'home', 'http://' . $od_cfg['host'] . '/commune' );
	switch_theme( 'twentytwentythree' );
	update_option( 'od_widgets', $od_cfg['site_options'] );
	$od_out['blog']  = $blog;
	$od_out['users'] = array(
		'siteadmin' => od_user( 'siteadmin', 'administrator' ),
		'author'    => od_user( 'msauthor', 'author' ),
	);
	restore_current_blog();
}
echo wp_json_encode( $od_out ), "\n";
