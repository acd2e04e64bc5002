<?php
/**
 * Removes the plugin's options (each site's and the network's) when the plugin is deleted.
 *
 * @package OpendataWidgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids', 'number' => 0 ) ) as $od_widgets_site ) {
		switch_to_blog( $od_widgets_site );
		delete_option( 'od_widgets' );
		restore_current_blog();
	}
	delete_site_option( 'od_widgets_network' );
} else {
	delete_option( 'od_widgets' );
}
