<?php
/**
 * Plugin Name:       Données ouvertes (opendata-widgets)
 * Description:       Affiche les données d’un portail Opendatasoft (API Explore v2.1) : un bloc « Données ouvertes », un code court [opendata] et les balises od-* collées, pour tous les rôles. Le code des widgets est fourni avec l’extension : aucun tiers n’est appelé.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            Quimper Bretagne Occidentale
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       opendata-widgets
 * Network:           false
 *
 * @package OpendataWidgets
 */

defined( 'ABSPATH' ) || exit;

define( 'OD_WIDGETS_VERSION', '0.1.0' );
define( 'OD_WIDGETS_FILE', __FILE__ );
define( 'OD_WIDGETS_DIR', plugin_dir_path( __FILE__ ) );

require_once OD_WIDGETS_DIR . 'includes/settings.php';
require_once OD_WIDGETS_DIR . 'includes/manifest.php';
require_once OD_WIDGETS_DIR . 'includes/assets.php';
require_once OD_WIDGETS_DIR . 'includes/kses.php';
require_once OD_WIDGETS_DIR . 'includes/embed.php';
require_once OD_WIDGETS_DIR . 'includes/render.php';
require_once OD_WIDGETS_DIR . 'includes/admin.php';
