/**
 * The predefined XMP schemas of PDF/A-2 and PDF/A-3 (XMP Specification 2005, as veraPDF's
 * `XMPConstants` and `SchemasDefinitionCreator` register them for PDF/A-2/3 with closed-choice
 * checking off, as its validation does): each property's value type, and each structured type's
 * namespace and fields. Types are written as veraPDF writes them; `simplifyType` reduces them.
 */

export const NS = {
  dc: 'http://purl.org/dc/elements/1.1/',
  xmp: 'http://ns.adobe.com/xap/1.0/',
  xmpRights: 'http://ns.adobe.com/xap/1.0/rights/',
  xmpMM: 'http://ns.adobe.com/xap/1.0/mm/',
  xmpBJ: 'http://ns.adobe.com/xap/1.0/bj/',
  xmpTPg: 'http://ns.adobe.com/xap/1.0/t/pg/',
  xmpDM: 'http://ns.adobe.com/xmp/1.0/DynamicMedia/',
  pdf: 'http://ns.adobe.com/pdf/1.3/',
  photoshop: 'http://ns.adobe.com/photoshop/1.0/',
  crs: 'http://ns.adobe.com/camera-raw-settings/1.0/',
  tiff: 'http://ns.adobe.com/tiff/1.0/',
  exif: 'http://ns.adobe.com/exif/1.0/',
  aux: 'http://ns.adobe.com/exif/1.0/aux/',
  pdfaid: 'http://www.aiim.org/pdfa/ns/id/',
  pdfaExtension: 'http://www.aiim.org/pdfa/ns/extension/',
  pdfaSchema: 'http://www.aiim.org/pdfa/ns/schema#',
  pdfaProperty: 'http://www.aiim.org/pdfa/ns/property#',
  pdfaType: 'http://www.aiim.org/pdfa/ns/type#',
  pdfaField: 'http://www.aiim.org/pdfa/ns/field#',
} as const;

/** `'name Type name Type …'` → `{ name: Type }` (types are single words or `Bag X`/`Seq X`/`Alt X`/`Lang Alt`). */
function table(spec: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const line of spec.trim().split('\n')) {
    const [name, ...type] = line.trim().split(/\s+/);
    if (name) result[name] = type.join(' ');
  }
  return result;
}

/** Properties of each predefined namespace and their value types. */
export const PREDEFINED_PROPERTIES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  [NS.pdfaid]: table(`
    part Integer
    amd Text
    corr Text
    conformance Text`),
  [NS.dc]: table(`
    contributor Bag ProperName
    coverage Text
    creator Seq ProperName
    date Seq Date
    description Lang Alt
    format MIMEType
    identifier Text
    language Bag Locale
    publisher Bag ProperName
    relation Bag Text
    rights Lang Alt
    source Text
    subject Bag Text
    title Lang Alt
    type Bag Text`),
  [NS.xmp]: table(`
    Advisory Bag Text
    BaseURL URL
    CreateDate Date
    CreatorTool AgentName
    Identifier Bag Text
    MetadataDate Date
    ModifyDate Date
    Nickname Text
    Thumbnails Alt Thumbnail
    Label Text
    Rating Real`),
  [NS.xmpRights]: table(`
    Certificate URL
    Marked Boolean
    Owner Bag ProperName
    UsageTerms Lang Alt
    WebStatement URL`),
  [NS.xmpMM]: table(`
    DerivedFrom ResourceRef
    DocumentID URI
    History Seq ResourceEvent
    InstanceID URI
    ManagedFrom ResourceRef
    Manager AgentName
    ManageTo URI
    ManageUI URI
    ManagerVariant Text
    RenditionClass RenditionClass
    RenditionParams Text
    VersionID Text
    Versions Seq Version
    LastURL URL
    RenditionOf ResourceRef
    SaveID Integer`),
  [NS.xmpBJ]: table(`
    JobRef Bag Job`),
  [NS.xmpTPg]: table(`
    MaxPageSize Dimensions
    NPages Integer
    Fonts Bag Font
    Colorants Seq Colorant
    PlateNames Seq Text`),
  [NS.pdf]: table(`
    Keywords Text
    PDFVersion Text
    Producer AgentName`),
  [NS.photoshop]: table(`
    AuthorsPosition Text
    CaptionWriter ProperName
    Category Text
    City Text
    Country Text
    Credit Text
    DateCreated Date
    Headline Text
    Instructions Text
    Source Text
    State Text
    TransmissionReference Text
    Urgency Integer
    SupplementalCategories Bag Text`),
  [NS.tiff]: table(`
    ImageWidth Integer
    ImageLength Integer
    BitsPerSample Seq Integer
    SamplesPerPixel Integer
    XResolution Rational
    YResolution Rational
    TransferFunction Seq Integer
    WhitePoint Seq Rational
    PrimaryChromaticities Seq Rational
    YCbCrCoefficients Seq Rational
    ReferenceBlackWhite Seq Rational
    DateTime Date
    ImageDescription Lang Alt
    Make ProperName
    Model ProperName
    Software AgentName
    Artist ProperName
    Copyright Lang Alt
    Compression Integer
    PhotometricInterpretation Integer
    Orientation Integer
    PlanarConfiguration Integer
    YCbCrPositioning Integer
    ResolutionUnit Integer
    YCbCrSubSampling Seq Integer`),
  [NS.exif]: table(`
    CompressedBitsPerPixel Rational
    PixelXDimension Integer
    PixelYDimension Integer
    UserComment Lang Alt
    RelatedSoundFile Text
    DateTimeOriginal Date
    DateTimeDigitized Date
    ExposureTime Rational
    FNumber Rational
    SpectralSensitivity Text
    ISOSpeedRatings Seq Integer
    OECF OECF/SFR
    ShutterSpeedValue Rational
    ApertureValue Rational
    BrightnessValue Rational
    ExposureBiasValue Rational
    MaxApertureValue Rational
    SubjectDistance Rational
    Flash Flash
    FocalLength Rational
    SubjectArea Seq Integer
    FlashEnergy Rational
    SpatialFrequencyResponse OECF/SFR
    FocalPlaneXResolution Rational
    FocalPlaneYResolution Rational
    SubjectLocation Seq Integer
    ExposureIndex Rational
    CFAPattern CFAPattern
    DigitalZoomRatio Rational
    FocalLengthIn35mmFilm Integer
    DeviceSettingDescription DeviceSettings
    ImageUniqueID Text
    GPSVersionID Text
    GPSLatitude GPSCoordinate
    GPSLongitude GPSCoordinate
    GPSAltitude Rational
    GPSTimeStamp Date
    GPSSatellites Text
    GPSDOP Rational
    GPSSpeed Rational
    GPSTrack Rational
    GPSImgDirection Rational
    GPSMapDatum Text
    GPSDestLatitude GPSCoordinate
    GPSDestLongitude GPSCoordinate
    GPSDestBearing Rational
    GPSDestDistance Rational
    GPSProcessingMethod Text
    GPSAreaInformation Text
    ExposureProgram Integer
    MeteringMode Integer
    FocalPlaneResolutionUnit Integer
    SensingMethod Integer
    FileSource Integer
    SceneType Integer
    CustomRendered Integer
    ExposureMode Integer
    WhiteBalance Integer
    SceneCaptureType Integer
    GainControl Integer
    Contrast Integer
    Saturation Integer
    Sharpness Integer
    SubjectDistanceRange Integer
    GPSAltitudeRef Integer
    GPSStatus Text
    GPSSpeedRef Text
    GPSTrackRef Text
    GPSImgDirectionRef Text
    GPSDestBearingRef Text
    GPSDestDistanceRef Text
    GPSDifferential Integer
    ComponentsConfiguration Seq Integer
    ExifVersion Text
    FlashpixVersion Text
    GPSMeasureMode Text
    ColorSpace Integer
    LightSource Integer`),
  [NS.aux]: table(`
    Lens Text
    SerialNumber Text`),
  [NS.crs]: table(`
    AutoBrightness Boolean
    AutoContrast Boolean
    AutoExposure Boolean
    AutoShadows Boolean
    BlueHue Integer
    BlueSaturation Integer
    Brightness Integer
    CameraProfile Text
    ChromaticAberrationB Integer
    ChromaticAberrationR Integer
    ColorNoiseReduction Integer
    Contrast Integer
    CropTop Real
    CropLeft Real
    CropBottom Real
    CropRight Real
    CropAngle Real
    CropWidth Real
    CropHeight Real
    CropUnits Integer
    Exposure Real
    GreenHue Integer
    GreenSaturation Integer
    HasCrop Boolean
    HasSettings Boolean
    LuminanceSmoothing Integer
    RawFileName Text
    RedHue Integer
    RedSaturation Integer
    Saturation Integer
    Shadows Integer
    ShadowTint Integer
    Sharpness Integer
    Temperature Integer
    Tint Integer
    ToneCurveName Text
    Version Text
    VignetteAmount Integer
    VignetteMidpoint Integer
    WhiteBalance Text
    ToneCurve Seq Text`),
  [NS.xmpDM]: table(`
    projectRef ProjectLink
    videoFrameRate Text
    videoFrameSize Dimensions
    videoPixelAspectRatio Rational
    videoAlphaUnityIsTransparent Boolean
    videoAlphaPremultipleColor Colorant
    videoCompressor Text
    audioSampleRate Integer
    audioCompressor Text
    speakerPlacement Text
    fileDataRate Rational
    tapeName Text
    altTapeName Text
    startTimecode Timecode
    altTimecode Timecode
    duration Time
    scene Text
    shotName Text
    shotDate Date
    shotLocation Text
    logComment Text
    markers Seq Marker
    contributedMedia Bag Media
    absPeakAudioFilePath URI
    relativePeakAudioFilePath URI
    videoModDate Date
    audioModDate Date
    metadataModDate Date
    artist Text
    album Text
    trackNumber Integer
    genre Text
    copyright Text
    releaseDate Date
    composer Text
    engineer Text
    tempo Real
    instrument Text
    introTime Time
    outCue Time
    relativeTimestamp Time
    loop Boolean
    numberOfBeats Real
    timeScaleParams TimeScaleStretch
    resampleParams ResampleStretch
    beatSpliceParams BeatSpliceStretch
    videoPixelDepth Text
    videoColorSpace Text
    videoAlphaMode Text
    videoFieldOrder Text
    pullDown Text
    audioSampleType Text
    audioChannelType Text
    key Text
    stretchMode Text
    timeSignature Text
    scaleType Text`),
};

/** A structured value type: the namespace of its fields and each field's type. */
export interface StructType {
  namespace: string;
  fields: Readonly<Record<string, string>>;
}

const ST = 'http://ns.adobe.com/xap/1.0/sType/';

/** The structured types of PDF/A-2/3's predefined schemas, keyed by simplified (lower-case) type name. */
export const PREDEFINED_STRUCTS: Readonly<Record<string, StructType>> = {
  dimensions: { namespace: `${ST}Dimensions#`, fields: table('w Real\nh Real\nunit Text') },
  thumbnail: {
    namespace: 'http://ns.adobe.com/xap/1.0/g/img/',
    fields: table('height Integer\nwidth Integer\nimage Text\nformat Text'),
  },
  resourceevent: {
    namespace: `${ST}ResourceEvent#`,
    fields: table('action Text\ninstanceID URI\nparameters Text\nsoftwareAgent AgentName\nwhen Date'),
  },
  resourceref: {
    namespace: `${ST}ResourceRef#`,
    fields: table(`
      instanceID URI
      documentID URI
      versionID Text
      renditionClass RenditionClass
      renditionParams Text
      manager AgentName
      managerVariant Text
      manageTo URI
      manageUI URI`),
  },
  version: {
    namespace: `${ST}Version#`,
    fields: table('comments Text\nevent ResourceEvent\nmodifyDate Date\nmodifier ProperName\nversion Text'),
  },
  job: { namespace: `${ST}Job#`, fields: table('name Text\nid Text\nurl URL') },
  flash: {
    namespace: NS.exif,
    fields: table('Fired Boolean\nFunction Boolean\nRedEyeMode Boolean\nReturn Text\nMode Text'),
  },
  'oecf/sfr': {
    namespace: NS.exif,
    fields: table('Columns Integer\nRows Integer\nNames Seq Text\nValues Seq Rational'),
  },
  cfapattern: { namespace: NS.exif, fields: table('Columns Integer\nRows Integer\nValues Seq Integer') },
  devicesettings: { namespace: NS.exif, fields: table('Columns Integer\nRows Integer\nSettings Seq Text') },
  colorant: {
    namespace: 'http://ns.adobe.com/xap/1.0/g/',
    fields: table(`
      swatchName Text
      mode Text
      type Text
      cyan Real
      magenta Real
      yellow Real
      black Real
      red Integer
      green Integer
      blue Integer
      L Real
      A Integer
      B Integer`),
  },
  font: {
    namespace: `${ST}Font#`,
    fields: table(`
      fontName Text
      fontFamily Text
      fontFace Text
      fontType Text
      versionString Text
      composite Boolean
      fontFileName Text
      childFontFiles Seq Text`),
  },
  beatsplicestretch: {
    namespace: NS.xmpDM,
    fields: table('useFileBeatsMarker Boolean\nriseInDecibel Real\nriseInTimeDuration Time'),
  },
  marker: {
    namespace: NS.xmpDM,
    fields: table(
      'startTime Any\nduration Any\ncomment Text\nname Text\nlocation URI\ntarget Text\ntype Text',
    ),
  },
  media: {
    namespace: NS.xmpDM,
    fields: table('path URI\ntrack Text\nstartTime Time\nduration Time\nmanaged Boolean\nwebStatement URI'),
  },
  projectlink: { namespace: NS.xmpDM, fields: table('path URI\ntype Text') },
  resamplestretch: { namespace: NS.xmpDM, fields: table('quality Text') },
  time: { namespace: NS.xmpDM, fields: table('value Integer\nscale Rational') },
  timecode: { namespace: NS.xmpDM, fields: table('timeValue Text\ntimeFormat Text') },
  timescalestretch: {
    namespace: NS.xmpDM,
    fields: table('frameSize Real\nframeOverlappingPercentage Real\nquality Text'),
  },
};
